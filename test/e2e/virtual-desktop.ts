/**
 * A private X display (Xvfb) for the journeys that go through the browser's own UI: the
 * extension permission prompt, the page's context menu and the toolbar popup are native
 * windows that headless Chromium never shows and that Playwright cannot reach. On this
 * display Chromium runs headed, and xdotool presses keys as a person would (XTEST input, so
 * Chromium cannot tell it from a keyboard). The display is always a fresh one of our own, never
 * the developer's: keys typed here can only reach the Chromium the test launched.
 * `scripts/ensure-desktop.sh` installs Xvfb and xdotool.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class VirtualDesktop {
  private constructor(
    private readonly server: ChildProcess,
    /** `:N`, for the DISPLAY of the processes that draw here. */
    readonly display: string,
  ) {}

  /** Starts Xvfb on the first free display number (`-displayfd` reports which one it took). */
  static async start(): Promise<VirtualDesktop> {
    const server = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const display = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      server.stdio[2]!.on('data', (d: Buffer) => (err += d.toString()));
      server.stdio[3]!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      server.on('error', (e) =>
        reject(new Error(`Xvfb could not start (${e.message}): run scripts/ensure-desktop.sh`)),
      );
      server.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${err}`)));
    });
    return new VirtualDesktop(server, display);
  }

  /** The environment for a process that should draw on this display. */
  env(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    return { ...env, DISPLAY: this.display };
  }

  private async xdotool(...args: string[]): Promise<string> {
    const { stdout } = await run('xdotool', args, { env: this.env() });
    return stdout;
  }

  /** Visible windows with no title: menus and bubbles, as X shows them. */
  async untitledWindows(): Promise<Set<string>> {
    // xdotool exits 1 when nothing matches.
    const out = await this.xdotool('search', '--onlyvisible', '--name', '^$').catch(() => '');
    return new Set(out.split('\n').filter(Boolean));
  }

  /** Waits for an untitled window that was not among `before` (a menu that just opened). */
  async waitForNewUntitledWindow(before: Set<string>, timeoutMs = 5_000): Promise<string> {
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      const added = [...(await this.untitledWindows())].find((w) => !before.has(w));
      if (added) return added;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('no menu opened on the virtual display');
  }

  /** Waits for a window to be gone; false if it is still there after `timeoutMs`. */
  async waitForWindowGone(id: string, timeoutMs = 2_000): Promise<boolean> {
    for (const started = Date.now(); Date.now() - started < timeoutMs;) {
      if (!(await this.untitledWindows()).has(id)) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    return false;
  }

  /** Gives keyboard focus to the browser window whose title ends with `title`. */
  async focusWindow(title: string): Promise<void> {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const [id] = (await this.xdotool('search', '--onlyvisible', '--name', `${escaped}$`))
      .split('\n')
      .filter(Boolean);
    if (!id) throw new Error(`no window titled “…${title}” on the virtual display`);
    await this.xdotool('windowfocus', '--sync', id);
  }

  /** Presses keys (xdotool names: `Tab`, `Return`, `alt+shift+k`) wherever the focus is. */
  async press(...keys: string[]): Promise<void> {
    await this.xdotool('key', '--delay', '50', ...keys);
  }

  async stop(): Promise<void> {
    if (this.server.exitCode !== null) return;
    const exited = new Promise((r) => this.server.once('exit', r));
    this.server.kill();
    await exited;
  }
}
