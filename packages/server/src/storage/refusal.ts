import type { Failure } from '@acupress/core';

/** Thrown inside a transaction to roll it back and return the failure it carries. */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** Runs `work`, turning a Refusal thrown inside it into its failure. */
export async function refusing<T>(work: () => Promise<T>): Promise<T | Failure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}
