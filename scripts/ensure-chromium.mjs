#!/usr/bin/env node
// Part of `npm test`'s set-up (the pretest script): the browser tests drive Debian's Chromium through
// playwright-core. Installs the Debian package when it is missing and we may (root); never downloads a
// browser from anywhere else. Without it the browser tests are skipped and say so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function install() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env });
  try {
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    run(['update']);
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  }
}

if (!existsSync(CHROMIUM)) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    process.stdout.write('Installing Debian chromium for the browser tests …\n');
    try {
      install();
    } catch {
      process.stdout.write('Could not install chromium; the browser tests will be skipped.\n');
    }
  } else {
    process.stdout.write(
      `No ${CHROMIUM}: the browser tests will be skipped (install Debian's chromium to run them).\n`,
    );
  }
}
