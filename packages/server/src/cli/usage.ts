import { ENV_HELP } from '../config/config.js';

const width = Math.max(...ENV_HELP.map(([name]) => name.length));
const env = ENV_HELP.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`).join('\n');

export const USAGE = `Usage: acupress <command> [options]

Commands:
  start              run database migrations, then serve the app and the API
  migrate            run database migrations and say which ran
  points [--json]    the acupoint atlas as a table (--json: a JSON array of summaries)
  plan               read an assessment (JSON) on standard input and print the plan,
                     or the referral if a red flag is positive (docs/plan-engine.md)
  user create --email E --name N [--clinic "Name"]
                     first start: create the clinic and its owner account (the password
                     from ACUPRESS_PASSWORD or standard input, never an argument); once
                     set up, --clinic "Name" adds another clinic with its owner
  help               this text (also --help, -h)

Environment:
${env}

Exit codes: 0 done, 1 failed (user create: already set up, or the email is taken),
2 wrong usage, invalid configuration or invalid input,
3 (plan) a red flag: the output is a referral, not a plan.
`;
