#pragma warning disable CS8981, IDE1006 // Python's names.
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime;

public static partial class @string
{
    /// <summary><c>string.Template</c>: <c>$name</c>, <c>${name}</c> and <c>$$</c> substitution with CPython's
    /// KeyError for a missing name and ValueError (with line and column) for a bad placeholder.</summary>
    public class Template : PyObject
    {
        private static readonly Regex Placeholder = new(@"\$(?:(?<escaped>\$)|(?<named>[_a-zA-Z][_a-zA-Z0-9]*)|\{(?<braced>[_a-zA-Z][_a-zA-Z0-9]*)\}|(?<invalid>))",
            RegexOptions.CultureInvariant);

        public Template(string template) { this.template = template; }

        public string template { get; }

        public string delimiter => "$";

        private static Func<string, (bool Found, object? Value)> Lookup(object? mapping, KeywordArgument[] kws) => name =>
        {
            var keyword = kws.LastOrDefault(k => k.Name == name);
            if (keyword is not null) return (true, keyword.Value);
            if (mapping is null) return (false, null);
            return Py.Contains(mapping, name) ? (true, Py.GetItem(mapping, name)) : (false, null);
        };

        public string substitute(object? mapping = null, params KeywordArgument[] kws) => Substitute(Lookup(mapping, kws), safe: false);

        public string safe_substitute(object? mapping = null, params KeywordArgument[] kws) => Substitute(Lookup(mapping, kws), safe: true);

        private string Substitute(Func<string, (bool Found, object? Value)> lookup, bool safe) =>
            Placeholder.Replace(template, m =>
            {
                if (m.Groups["escaped"].Success) return "$";
                string name = m.Groups["named"].Success ? m.Groups["named"].Value : m.Groups["braced"].Value;
                if (m.Groups["invalid"].Success)
                {
                    if (safe) return m.Value;
                    string before = template[..m.Index];
                    int line = before.Count(c => c == '\n') + 1;
                    int column = m.Index - (before.LastIndexOf('\n') + 1) + 1;
                    throw new ValueError($"Invalid placeholder in string: line {line}, col {column}");
                }
                var (found, value) = lookup(name);
                if (found) return Builtins.str(value);
                return safe ? m.Value : throw new KeyError(name);
            });

        public PyList<string> get_identifiers()
        {
            var names = new PyList<string>();
            foreach (System.Text.RegularExpressions.Match m in Placeholder.Matches(template))
            {
                string name = m.Groups["named"].Success ? m.Groups["named"].Value : m.Groups["braced"].Value;
                if (name.Length > 0 && !names.Contains(name)) names.Add(name);
            }
            return names;
        }

        public bool is_valid() => Placeholder.Matches(template).All(m => !m.Groups["invalid"].Success);
    }
}
