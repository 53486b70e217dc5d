#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class json
{
    /// <summary>
    /// <c>json.JSONDecodeError</c>, a ValueError whose message ends with the line, column and character
    /// index of the failure: <c>Expecting value: line 1 column 1 (char 0)</c>.
    /// </summary>
    public class JSONDecodeError : ValueError
    {
        public JSONDecodeError(string msg, string doc, long pos) : base(Format(msg, doc, pos))
        {
            this.msg = msg;
            this.doc = doc;
            this.pos = pos;
            (lineno, colno) = LineAndColumn(doc, pos);
        }

        public string msg { get; }
        public string doc { get; }
        public long pos { get; }
        public long lineno { get; }
        public long colno { get; }

        public override string PythonTypeName => "json.decoder.JSONDecodeError";

        private static (long Line, long Column) LineAndColumn(string doc, long pos) =>
            (doc.Take((int)pos).Count(c => c == '\n') + 1, pos == 0 ? 1 : pos - doc.LastIndexOf('\n', (int)pos - 1, (int)pos));

        private static string Format(string msg, string doc, long pos)
        {
            var (line, column) = LineAndColumn(doc, pos);
            return $"{msg}: line {line} column {column} (char {pos})";
        }
    }
}
