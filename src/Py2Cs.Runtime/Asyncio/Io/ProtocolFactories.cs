namespace Py2Cs.Runtime;

public static partial class asyncio
{
    // create_server / create_connection with a protocol factory the translation holds as a Python value:
    // the protocol class itself (`loop.create_server(EchoProtocol, ...)`, the common style), a lambda whose
    // result is not typed, a functools.partial. The factory is called through the generic protocol and
    // its result must be a protocol, as CPython's transports assume. A typed `Func<P>` picks the generic
    // overloads instead (C# prefers a delegate to object).
    public partial class AbstractEventLoop
    {
        static Func<BaseProtocol> ProtocolFactory(object protocol_factory) => () =>
            Py.Call(protocol_factory) as BaseProtocol
            ?? throw new TypeError($"protocol factory {Builtins.repr(protocol_factory)} did not return a protocol");

        public Coroutine<Server> create_server(object protocol_factory, string? host = null, long? port = null,
            long family = SocketModule.AF_UNSPEC, SocketModule.socket? sock = null, long backlog = 100,
            object? ssl = null, bool? reuse_address = null, bool? reuse_port = null, bool start_serving = true) =>
            create_server(ProtocolFactory(protocol_factory), host, port, family, sock, backlog, ssl, reuse_address, reuse_port, start_serving);

        public Coroutine<(Transport, BaseProtocol)> create_connection(object protocol_factory, string? host = null, long? port = null,
            object? ssl = null, long family = 0, long proto = 0, long flags = 0, SocketModule.socket? sock = null,
            object? local_addr = null, string? server_hostname = null) =>
            create_connection(ProtocolFactory(protocol_factory), host, port, ssl, family, proto, flags, sock, local_addr, server_hostname);
    }
}
