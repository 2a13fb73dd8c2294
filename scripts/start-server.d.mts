// Types for start-server.mjs (plain JavaScript, so Node runs it without a build step).
export interface StartServerOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** The build to serve (default dist). */
  root?: string;
  host?: string;
  /** More arguments for serve.mjs, e.g. ['--script-src-extra', "'sha256-…'"]. */
  extraArgs?: string[];
  timeoutMs?: number;
}

export interface RunningServer {
  /** The origin it listens on, without a trailing slash, e.g. http://127.0.0.1:4175. */
  url: string;
  /** Ends the server; resolves once it has exited. */
  stop(): Promise<void>;
}

export declare function startServer(options?: StartServerOptions): Promise<RunningServer>;
