import { ENV_HELP } from '../config.js';

const env = ENV_HELP.map(([name, text]) => `  ${name.padEnd(18)} ${text}`).join('\n');

export const USAGE = `Usage: acupress <command> [options]

Commands:
  start              run database migrations, then serve the app and the API
  migrate            run database migrations and say which ran
  points [--json]    the acupoint atlas as a table (--json: a JSON array of summaries)
  help               this text (also --help, -h)

Environment:
${env}

Exit codes: 0 done, 1 failed, 2 wrong usage or invalid configuration.
`;
