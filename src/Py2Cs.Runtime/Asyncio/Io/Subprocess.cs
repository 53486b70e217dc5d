using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

public static partial class asyncio
{
    /// <summary>
    /// asyncio.subprocess: child processes whose pipes are streams. The child is a .NET Process;
    /// its stdout/stderr are read by background readers whose data (and EOF) is posted to the
    /// loop, its stdin is written by a background writer; the exit status arrives the same way.
    /// wait() finishes once the process has exited and every pipe is closed (3.11's
    /// _call_connection_lost). STDOUT and DEVNULL are redirections done by /bin/sh before it
    /// execs the program (the pid stays the child's).
    /// </summary>
    [PyModule("asyncio.subprocess")]
    public static class subprocess
    {
        public const long PIPE = -1, STDOUT = -2, DEVNULL = -3;

        /// <summary>asyncio.subprocess.Process.</summary>
        public sealed class Process : PyObject
        {
            readonly SubprocessTransport _transport;

            internal Process(SubprocessTransport transport, SubprocessStreamProtocol protocol)
            {
                _transport = transport;
                stdin = protocol.stdin;
                stdout = protocol.stdout;
                stderr = protocol.stderr;
                pid = transport.get_pid();
            }

            public StreamWriter? stdin { get; }
            public StreamReader? stdout { get; }
            public StreamReader? stderr { get; }
            public long pid { get; }
            public long? returncode => _transport.get_returncode();

            public override string __repr__() => $"<Process {pid}>";

            public Coroutine<long> wait() => _transport.Wait();

            public void send_signal(long signal) => _transport.send_signal(signal);
            public void terminate() => _transport.terminate();
            public void kill() => _transport.kill();

            [PythonFunction("Process._feed_stdin", "/usr/lib/python3.11/asyncio/subprocess.py", 145)]
            async Coroutine<object?> FeedStdin(object input)
            {
                stdin!.write(input);
                try { await stdin.drain(); }
                catch (System.Exception e) when (e is BrokenPipeError or ConnectionResetError) { }
                stdin.close();
                return null;
            }

            [PythonFunction("Process._noop", "/usr/lib/python3.11/asyncio/subprocess.py", 162)]
            static async Coroutine<object?> Noop() => null;

            [PythonFunction("Process._read_stream", "/usr/lib/python3.11/asyncio/subprocess.py", 165)]
            async Coroutine<object?> ReadStream(long fd)
            {
                var transport = _transport.get_pipe_transport(fd)!;
                var output = await (fd == 2 ? stderr! : stdout!).read();
                transport.close();
                return output;
            }

            /// <summary>communicate(input=None): (stdout bytes or None, stderr bytes or None).</summary>
            public async Coroutine<(PyBytes?, PyBytes?)> communicate(object? input = null)
            {
                var feed = input != null ? FeedStdin(input) : Noop();
                var readOut = stdout != null ? ReadStream(1) : Noop();
                var readErr = stderr != null ? ReadStream(2) : Noop();
                var results = await gather(feed, readOut, readErr);
                await wait();
                return ((PyBytes?)results[1], (PyBytes?)results[2]);
            }
        }
    }

    /// <summary>asyncio.create_subprocess_exec(program, *args, stdin=, stdout=, stderr=).</summary>
    public static Coroutine<subprocess.Process> create_subprocess_exec(string program, [PyKeywordOnly] long? stdin = null, [PyKeywordOnly] long? stdout = null,
        [PyKeywordOnly] long? stderr = null, [PyKeywordOnly] long limit = DefaultStreamLimit, [PyKeywordOnly] string? cwd = null,
        [PyKeywordOnly] PyDict<string, string>? env = null, params object?[] args) =>
        CreateSubprocess(false, program, args.Select(ArgText).ToList(), stdin, stdout, stderr, limit, cwd, env);

    /// <summary>asyncio.create_subprocess_shell(cmd, stdin=, stdout=, stderr=): /bin/sh -c cmd.</summary>
    public static Coroutine<subprocess.Process> create_subprocess_shell(string cmd, long? stdin = null, long? stdout = null,
        long? stderr = null, long limit = DefaultStreamLimit, string? cwd = null, PyDict<string, string>? env = null) =>
        CreateSubprocess(true, cmd, [], stdin, stdout, stderr, limit, cwd, env);

    static string ArgText(object? arg) => arg switch
    {
        string s => s,
        byte[] or PyBytesLike => System.Text.Encoding.UTF8.GetString(PyBytesLike.BytesOf(arg)),
        null => throw new TypeError("expected str, bytes or os.PathLike object, not NoneType"),
        _ => Builtins.str(arg),
    };

    static async Coroutine<subprocess.Process> CreateSubprocess(bool shell, string program, List<string> args, long? stdin, long? stdout,
        long? stderr, long limit, string? cwd, PyDict<string, string>? env)
    {
        var loop = get_running_loop();
        var protocol = new SubprocessStreamProtocol(limit, loop);
        var transport = new SubprocessTransport(loop, protocol, shell, program, args, stdin, stdout, stderr, cwd, env);
        await transport.Started;
        return new subprocess.Process(transport, protocol);
    }

    /// <summary>subprocess.SubprocessStreamProtocol: stdout/stderr StreamReaders fed from the
    /// pipes, stdin a StreamWriter; closes the transport when the process has exited and its
    /// output pipes are closed.</summary>
    [PyHidden]
    public sealed class SubprocessStreamProtocol : SubprocessProtocol, IStreamFlowControl
    {
        readonly long _limit;
        readonly AbstractEventLoop _loop;
        readonly FlowControl _flow;
        readonly Future _stdinClosed;
        SubprocessTransport? _transport;
        bool _processExited;
        readonly List<long> _pipeFds = new();

        internal SubprocessStreamProtocol(long limit, AbstractEventLoop loop)
        {
            _limit = limit;
            _loop = loop;
            _flow = new FlowControl(loop);
            _stdinClosed = loop.create_future();
        }

        public StreamWriter? stdin { get; private set; }
        public StreamReader? stdout { get; private set; }
        public StreamReader? stderr { get; private set; }

        public override void connection_made(BaseTransport transport)
        {
            var t = (SubprocessTransport)transport;
            _transport = t;
            if (t.get_pipe_transport(1) is { } outPipe)
            {
                stdout = new StreamReader(_limit, _loop);
                stdout.set_transport(outPipe);
                _pipeFds.Add(1);
            }
            if (t.get_pipe_transport(2) is { } errPipe)
            {
                stderr = new StreamReader(_limit, _loop);
                stderr.set_transport(errPipe);
                _pipeFds.Add(2);
            }
            if (t.get_pipe_transport(0) is { } inPipe)
                stdin = new StreamWriter(inPipe, this, null, _loop);
        }

        public override void pipe_data_received(long fd, PyBytes data) =>
            (fd == 1 ? stdout : fd == 2 ? stderr : null)?.feed_data(data);

        public override void pipe_connection_lost(long fd, System.Exception? exc)
        {
            if (fd == 0)
            {
                stdin?.close();
                _flow.ConnectionLost(exc);
                if (exc == null) _stdinClosed.set_result(null);
                else
                {
                    _stdinClosed.set_exception(exc);
                    _stdinClosed.exception();       // wait_closed() is optional: do not log it
                }
                return;
            }
            var reader = fd == 1 ? stdout : fd == 2 ? stderr : null;
            if (reader != null)
            {
                if (exc == null) reader.feed_eof(); else reader.set_exception(exc);
            }
            _pipeFds.Remove(fd);
            MaybeCloseTransport();
        }

        public override void process_exited()
        {
            _processExited = true;
            MaybeCloseTransport();
        }

        void MaybeCloseTransport()
        {
            if (_pipeFds.Count != 0 || !_processExited || _transport == null) return;
            _transport.close();
            _transport = null;
        }

        public override void pause_writing() => _flow.PauseWriting();
        public override void resume_writing() => _flow.ResumeWriting();

        Coroutine IStreamFlowControl.DrainHelper() => _flow.DrainHelper();
        Future IStreamFlowControl.CloseWaiter(StreamWriter stream) => _stdinClosed;
    }

    /// <summary>base_subprocess.BaseSubprocessTransport over a .NET Process.</summary>
    public sealed class SubprocessTransport : BaseTransport
    {
        readonly AbstractEventLoop _loop;
        readonly SubprocessStreamProtocol _protocol;
        readonly System.Diagnostics.Process _proc;
        readonly Dictionary<long, BaseTransport?> _pipes = new();
        readonly Dictionary<long, bool> _disconnected = new();
        readonly List<Future> _exitWaiters = new();
        readonly HashSet<long> _signalsSent = new();
        long? _returncode;
        bool _closed, _finished;
        List<Action>? _pendingCalls = new();
        internal readonly Future Started;

        internal SubprocessTransport(AbstractEventLoop loop, SubprocessStreamProtocol protocol, bool shell, string program, List<string> args,
            long? stdin, long? stdout, long? stderr, string? cwd, PyDict<string, string>? env)
        {
            _loop = loop;
            _protocol = protocol;
            _proc = Start(shell, program, args, stdin, stdout, stderr, cwd, env);
            _extra["subprocess"] = null;
            if (stdin == subprocess.PIPE) _pipes[0] = null;
            if (stdout == subprocess.PIPE) _pipes[1] = null;
            if (stderr == subprocess.PIPE) _pipes[2] = null;
            _proc.EnableRaisingEvents = true;
            _proc.Exited += (_, _) =>
            {
                if (!loop.is_closed()) loop.CallSoonThreadsafeInternal(static (t, _) => ((SubprocessTransport)t!).ProcessExited(), this, null);
            };
            Started = loop.create_future();
            loop.create_task(ConnectPipes(Started));
        }

        static System.Diagnostics.Process Start(bool shell, string program, List<string> args, long? stdin, long? stdout, long? stderr,
            string? cwd, PyDict<string, string>? env)
        {
            var psi = new ProcessStartInfo { UseShellExecute = false };
            if (cwd != null) psi.WorkingDirectory = cwd;
            if (env != null)
            {
                psi.Environment.Clear();
                foreach (var key in env.keys()) psi.Environment[key] = env[key];
            }
            var redirections = new List<string>();
            if (stdin == subprocess.DEVNULL) redirections.Add("</dev/null");
            if (stdout == subprocess.DEVNULL) redirections.Add(">/dev/null");
            if (stderr == subprocess.DEVNULL) redirections.Add("2>/dev/null");
            else if (stderr == subprocess.STDOUT) redirections.Add("2>&1");
            if (!shell && redirections.Count == 0)
            {
                psi.FileName = ResolveProgram(program, psi);
                foreach (var arg in args) psi.ArgumentList.Add(arg);
            }
            else
            {
                // /bin/sh does the redirections, then execs the command in its own process.
                psi.FileName = "/bin/sh";
                psi.ArgumentList.Add("-c");
                if (shell)
                {
                    psi.ArgumentList.Add(redirections.Count == 0 ? program : "exec /bin/sh -c \"$1\" " + string.Join(" ", redirections));
                    if (redirections.Count != 0) { psi.ArgumentList.Add("sh"); psi.ArgumentList.Add(program); }
                }
                else
                {
                    psi.ArgumentList.Add("exec \"$@\" " + string.Join(" ", redirections));
                    psi.ArgumentList.Add("sh");
                    psi.ArgumentList.Add(ResolveProgram(program, psi));
                    foreach (var arg in args) psi.ArgumentList.Add(arg);
                }
            }
            psi.RedirectStandardInput = stdin == subprocess.PIPE;
            psi.RedirectStandardOutput = stdout == subprocess.PIPE;
            psi.RedirectStandardError = stderr == subprocess.PIPE;
            // The child writes straight to our inherited stdout: what we printed goes first.
            if (stdout == null || stderr == null) sys.stdout.flush();
            try { return System.Diagnostics.Process.Start(psi)!; }
            catch (System.ComponentModel.Win32Exception e) when (e.NativeErrorCode == 13)
            {
                throw new PermissionError(13L, "Permission denied", program);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                throw new FileNotFoundError(2L, "No such file or directory", program);
            }
        }

        /// <summary>execvp's PATH search, so a missing program raises FileNotFoundError with its name.</summary>
        static string ResolveProgram(string program, ProcessStartInfo psi)
        {
            if (program.Contains('/'))
            {
                var full = Path.IsPathRooted(program) ? program : Path.Combine(psi.WorkingDirectory.Length > 0 ? psi.WorkingDirectory : Environment.CurrentDirectory, program);
                if (!File.Exists(full)) throw new FileNotFoundError(2L, "No such file or directory", program);
                return program;
            }
            var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
            foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, program);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundError(2L, "No such file or directory", program);
        }

        [PythonFunction("BaseSubprocessTransport._connect_pipes", "/usr/lib/python3.11/asyncio/base_subprocess.py", 156)]
        async Coroutine ConnectPipes(Future waiter)
        {
            try
            {
                if (_pipes.ContainsKey(0))
                {
                    var stdinPipe = new PipeWriteTransport(_loop, this, _protocol, _proc.StandardInput.BaseStream);
                    _pipes[0] = await ConnectPipe(stdinPipe);
                    if (_returncode != null) stdinPipe.PeerClosed();
                }
                if (_pipes.ContainsKey(1)) _pipes[1] = await ConnectPipe(new PipeReadTransport(_loop, this, 1, _proc.StandardOutput.BaseStream));
                if (_pipes.ContainsKey(2)) _pipes[2] = await ConnectPipe(new PipeReadTransport(_loop, this, 2, _proc.StandardError.BaseStream));
                _loop.call_soon(() => _protocol.connection_made(this));
                foreach (var call in _pendingCalls!) _loop.call_soon(call);
            }
            catch (System.Exception e) when (e is not (SystemExit or KeyboardInterrupt))
            {
                if (!waiter.cancelled()) waiter.set_exception(e);
                return;
            }
            finally { _pendingCalls = null; }
            if (!waiter.cancelled()) waiter.set_result(null);
        }

        /// <summary>connect_read_pipe/connect_write_pipe: the transport is ready after the
        /// call_soon that sets its waiter (the reading starts with connection_made).</summary>
        async Coroutine<BaseTransport> ConnectPipe(BaseTransport pipe)
        {
            var ready = _loop.create_future();
            _loop.call_soon(() => { if (pipe is PipeReadTransport r) r.StartReading(); });
            _loop.call_soon(() => { if (!ready.cancelled()) ready.set_result(null); });
            await ready;
            return pipe;
        }

        void Call(Action callback)
        {
            if (_pendingCalls != null) _pendingCalls.Add(callback);
            else _loop.call_soon(callback);
        }

        internal void PipeDataReceived(long fd, byte[] data) => Call(() => _protocol.pipe_data_received(fd, new PyBytes(data)));

        internal void PipeConnectionLost(long fd, System.Exception? exc)
        {
            Call(() => _protocol.pipe_connection_lost(fd, exc));
            _disconnected[fd] = true;
            TryFinish();
        }

        void ProcessExited()
        {
            int code = _proc.ExitCode;
            // .NET reports a child killed by signal N as 128+N; Python as -N. Only the signals we
            // sent are translated (a child may also exit with a status above 128 on its own).
            _returncode = code > 128 && _signalsSent.Contains(code - 128) ? -(code - 128) : code;
            Call(() => _protocol.process_exited());
            if (_pipes.TryGetValue(0, out var stdinPipe) && stdinPipe is PipeWriteTransport writer) writer.PeerClosed();
            TryFinish();
        }

        void TryFinish()
        {
            if (_finished || _returncode == null) return;
            if (!_pipes.Keys.All(fd => _disconnected.ContainsKey(fd))) return;
            _finished = true;
            Call(CallConnectionLost);
        }

        void CallConnectionLost()
        {
            try { _protocol.connection_lost(null); }
            finally
            {
                foreach (var waiter in _exitWaiters)
                    if (!waiter.cancelled()) waiter.set_result(_returncode);
                _exitWaiters.Clear();
            }
        }

        /// <summary>_wait: the return code at once if known, else after connection_lost.</summary>
        internal async Coroutine<long> Wait()
        {
            if (_returncode is { } code) return code;
            var waiter = _loop.create_future<long>();
            _exitWaiters.Add(waiter);
            return await waiter;
        }

        public long get_pid() => _proc.Id;
        public long? get_returncode() => _returncode;
        public BaseTransport? get_pipe_transport(long fd) => _pipes.TryGetValue(fd, out var pipe) ? pipe : null;

        public override bool is_closing() => _closed;

        public override void close()
        {
            if (_closed) return;
            _closed = true;
            foreach (var pipe in _pipes.Values) pipe?.close();
            if (_returncode == null && !_proc.HasExited)
            {
                try { _proc.Kill(); } catch (InvalidOperationException) { }
            }
        }

        [DllImport("libc", SetLastError = true, EntryPoint = "kill")]
        static extern int NativeKill(int pid, int signal);

        public void send_signal(long signal)
        {
            if (_returncode != null) return;
            _signalsSent.Add(signal);
            if (NativeKill(_proc.Id, (int)signal) != 0 && Marshal.GetLastPInvokeError() == 3)
                throw new ProcessLookupError(3L, "No such process");
        }

        public void terminate() => send_signal(15);
        public void kill() => send_signal(9);

        public override string __repr__() =>
            $"<_UnixSubprocessTransport pid={_proc.Id} {(_closed ? "closed" : _returncode != null ? "returncode=" + _returncode : "running")}>";
    }
}
