import { configure } from '@testing-library/react';

// The web tests run on a busy two-core machine beside other work: loading a lazy feature or
// rendering the whole atlas in jsdom was measured to take up to 19 s there (load average 14),
// where Testing Library gives up after 1 s. findBy… and waitFor wait on their condition and
// return as soon as it holds, so a passing test is no slower; only a failing one waits this long.
configure({ asyncUtilTimeout: 20_000 });
