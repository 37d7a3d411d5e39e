import { planFromInput } from '@acupress/core';
import { EXIT, type Command } from './io.js';

/** Exit code for a referral: a valid assessment with a red flag (no plan is made). */
export const EXIT_REFERRAL = 3;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `acupress plan < assessment.json`: the plan engine on one assessment. Prints the plan JSON
 * (exit 0), the referral JSON (exit 3) or the validation errors as JSON (exit 2). Nothing is
 * stored and no server is needed.
 */
export function planCommand(read: () => Promise<string> = () => readAll(process.stdin)): Command {
  return async (args, io) => {
    if (args.length > 0) {
      io.err(
        `acupress plan: unexpected argument '${args[0]}'. Usage: acupress plan < assessment.json`,
      );
      return EXIT.USAGE;
    }
    const text = await read();
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      io.out(
        JSON.stringify(
          {
            error: {
              code: 'VALIDATION',
              message: `standard input is not JSON: ${why}`,
              issues: [{ field: '(body)', message: 'must be a JSON assessment' }],
            },
          },
          null,
          2,
        ),
      );
      return EXIT.USAGE;
    }
    const result = planFromInput(input);
    if (!result.ok) {
      const { code, message, issues } = result;
      io.out(JSON.stringify({ error: { code, message, issues } }, null, 2));
      return EXIT.USAGE;
    }
    io.out(JSON.stringify(result.value, null, 2));
    return result.value.kind === 'referral' ? EXIT_REFERRAL : EXIT.OK;
  };
}

export const plan: Command = planCommand();
