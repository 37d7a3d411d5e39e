import { ENV_HELP } from '../config.js';

const env = ENV_HELP.map(([name, text]) => `  ${name.padEnd(18)} ${text}`).join('\n');

export const USAGE = `Usage: acupress <command> [options]

Commands:
  start              run database migrations, then serve the app and the API
  migrate            run database migrations and say which ran
  points [--json]    the acupoint atlas as a table (--json: a JSON array of summaries)
  plan               read an assessment (JSON) on standard input and print the plan,
                     or the referral if a red flag is positive (docs/plan-engine.md)
  help               this text (also --help, -h)

Environment:
${env}

Exit codes: 0 done, 1 failed, 2 wrong usage, invalid configuration or invalid input,
3 (plan) a red flag: the output is a referral, not a plan.
`;
