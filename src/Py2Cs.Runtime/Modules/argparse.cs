#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>
/// Python's <c>argparse</c>: <c>ArgumentParser</c> with positional and optional arguments (<c>type</c>,
/// <c>default</c>, <c>choices</c>, <c>required</c>, <c>nargs</c>, <c>const</c>, <c>dest</c>, <c>metavar</c>,
/// <c>help</c>; actions store, store_const, store_true, store_false, append, append_const, count, help,
/// version), <c>parse_args</c>/<c>parse_known_args</c>, CPython's error messages (usage and
/// <c>prog: error: ...</c> on stderr, exit status 2) and help text laid out as CPython's HelpFormatter.
/// </summary>
[PyModule("argparse")]
[PyMissing("file arguments and BooleanOptionalAction are not implemented", "FileType", "BooleanOptionalAction")]
public static partial class argparse
{
    public const string SUPPRESS = "==SUPPRESS==";
    public const string OPTIONAL = "?";
    public const string ZERO_OR_MORE = "*";
    public const string ONE_OR_MORE = "+";

    /// <summary><c>ArgumentTypeError</c>: raised by a <c>type=</c> function, its message becomes the error.</summary>
    public sealed class ArgumentTypeError(params object?[] args) : PyException(args)
    {
        public override string PythonTypeName => "argparse.ArgumentTypeError";
    }

    /// <summary><c>ArgumentError</c>: a problem with one argument, named in the message.</summary>
    public sealed class ArgumentError(Action? argument, string message) : PyException(message)
    {
        public string? argument_name => argument?.DisplayName;
        public string message { get; } = message;
        public override string __str__() => argument is null ? message : $"argument {argument.DisplayName}: {message}";
        public override string PythonTypeName => "argparse.ArgumentError";
    }

    /// <summary>What <c>parse_args</c> returns: attributes named by each argument's <c>dest</c>.</summary>
    public sealed class Namespace(params KeywordArgument[] kwargs) : IPyRepr, IDynamicAttributes
    {
        readonly PyDict<string, object?> _attributes = new(kwargs.Select(k => (k.Name, k.Value)));

        public PyDict<string, object?> __dict__ => _attributes;

        public bool TryGetAttribute(string name, out object? value)
        {
            if (name == "__dict__") { value = _attributes; return true; }
            if (_attributes.TryGetValue(name, out value)) return true;
            return name.StartsWith("__", StringComparison.Ordinal) ? false : throw new AttributeError($"'Namespace' object has no attribute '{name}'");
        }

        public bool TrySetAttribute(string name, object? value)
        {
            _attributes[name] = value;
            return true;
        }

        public bool TryDeleteAttribute(string name) => _attributes.Remove(name);

        internal bool Has(string name) => _attributes.ContainsKey(name);
        internal object? Get(string name) => _attributes.TryGetValue(name, out var v) ? v : null;

        public string __repr__()
        {
            // argparse's _AttributeHolder: identifier names as keywords, in the order they were set, others as **{...}.
            var named = _attributes.Where(IsIdentifier).Select(k => $"{k}={Builtins.repr(_attributes[k])}").ToList();
            var other = _attributes.Where(k => !IsIdentifier(k)).ToList();
            if (other.Count > 0) named.Add("**" + Builtins.repr(new PyDict<string, object?>(other.Select(k => (k, _attributes[k])))));
            return "Namespace(" + string.Join(", ", named) + ")";
        }

        static bool IsIdentifier(string s) => s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

        public override string ToString() => __repr__();

        public object __eq__(object? other) => other is Namespace ns ? Py.Eq(_attributes, ns._attributes) : Builtins.NotImplemented;
        public override bool Equals(object? obj) => obj is Namespace ns && Py.Eq(_attributes, ns._attributes);
        public override int GetHashCode() => throw new TypeError("unhashable type: 'Namespace'");
        public bool __contains__(string key) => _attributes.ContainsKey(key);
    }
}
