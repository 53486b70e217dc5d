#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

/// <summary>Python's <c>types</c>: <c>SimpleNamespace</c>.</summary>
[PyModule("types")]
public static class types
{
    /// <summary>
    /// <c>SimpleNamespace(host="h", port=80)</c>: an object whose attributes are the keywords it was made with
    /// and whatever is set on it later; prints as <c>namespace(host='h', port=80)</c>, equal to another with
    /// the same attributes.
    /// </summary>
    public sealed class SimpleNamespace(params KeywordArgument[] kwargs) : IPyRepr, IDynamicAttributes
    {
        readonly PyDict<string, object?> _attributes = Attributes(kwargs);

        static PyDict<string, object?> Attributes(KeywordArgument[] kwargs)
        {
            var attributes = new PyDict<string, object?>();
            foreach (var kw in kwargs) attributes[kw.Name] = kw.Value;
            return attributes;
        }

        public PyDict<string, object?> __dict__ => _attributes;

        public bool TryGetAttribute(string name, out object? value)
        {
            if (name == "__dict__") { value = _attributes; return true; }
            if (_attributes.TryGetValue(name, out value)) return true;
            // CPython names the class by its full name here; a dunder may still be a method of the class.
            return name.StartsWith("__", StringComparison.Ordinal) ? false : throw NoAttribute(name);
        }

        static AttributeError NoAttribute(string name) => new($"'types.SimpleNamespace' object has no attribute '{name}'");

        public bool TrySetAttribute(string name, object? value)
        {
            _attributes[name] = value;
            return true;
        }

        public bool TryDeleteAttribute(string name) => _attributes.Remove(name) ? true : throw NoAttribute(name);

        public string __repr__() =>
            "namespace(" + string.Join(", ", _attributes.Select(name => name + "=" + Builtins.repr(_attributes[name]))) + ")";

        public override string ToString() => __repr__();

        public object __eq__(object? other) => other is SimpleNamespace ns ? Py.Eq(_attributes, ns._attributes) : Builtins.NotImplemented;

        public override bool Equals(object? obj) => obj is SimpleNamespace ns && Py.Eq(_attributes, ns._attributes);

        public override int GetHashCode() => throw new TypeError("unhashable type: 'types.SimpleNamespace'");
    }
}
