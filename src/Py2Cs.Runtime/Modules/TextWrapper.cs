#pragma warning disable CS8981, IDE1006 // Python's names.
namespace Py2Cs.Runtime;

public static partial class textwrap
{
    /// <summary><c>textwrap.TextWrapper</c>, a port of CPython's algorithm.</summary>
    public class TextWrapper(long width = 70, string initial_indent = "", string subsequent_indent = "",
        bool expand_tabs = true, bool replace_whitespace = true, bool fix_sentence_endings = false, bool break_long_words = true,
        bool drop_whitespace = true, bool break_on_hyphens = true, long tabsize = 8, long? max_lines = null, string placeholder = " [...]") : PyObject
    {
        private const string Whitespace = "\t\n\x0b\x0c\r ";

        // CPython's wordsep_re: whitespace runs, em-dashes between words, and words split after hyphens.
        private const string WordSeparator = """
            ( # any whitespace
              [\t\n\x0b\x0c\r ]+
            | # em-dash between words
              (?<=[\w!"'&.,?]) -{2,} (?=\w)
            | # word, possibly hyphenated
              [^\t\n\x0b\x0c\r ]+? (?:
                # hyphenated word
                  -(?: (?<=[^\d\W]{2}-) | (?<=[^\d\W]-[^\d\W]-))
                  (?= [^\d\W] -? [^\d\W])
                | # end of word
                  (?=[\t\n\x0b\x0c\r ]|\Z)
                | # em-dash
                  (?<=[\w!"'&.,?]) (?=-{2,}\w)
                )
            )
            """;

        private const string SimpleWordSeparator = @"([\t\n\x0b\x0c\r ]+)";

        public long width { get; set; } = width;
        public string initial_indent { get; set; } = initial_indent;
        public string subsequent_indent { get; set; } = subsequent_indent;
        public bool expand_tabs { get; set; } = expand_tabs;
        public bool replace_whitespace { get; set; } = replace_whitespace;
        public bool fix_sentence_endings { get; set; } = fix_sentence_endings;
        public bool break_long_words { get; set; } = break_long_words;
        public bool drop_whitespace { get; set; } = drop_whitespace;
        public bool break_on_hyphens { get; set; } = break_on_hyphens;
        public long tabsize { get; set; } = tabsize;
        public long? max_lines { get; set; } = max_lines;
        public string placeholder { get; set; } = placeholder;

        private List<string> Chunks(string text)
        {
            if (expand_tabs) text = text.expandtabs(tabsize);
            if (replace_whitespace) text = new string(text.Select(c => Whitespace.Contains(c) ? ' ' : c).ToArray());
            var pieces = break_on_hyphens ? re.split(WordSeparator, text, flags: re.VERBOSE) : re.split(SimpleWordSeparator, text);
            return pieces.Cast<string?>().Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToList();
        }

        public PyList<string> wrap(string text)
        {
            var chunks = Chunks(text);
            chunks.Reverse();
            return WrapChunks(chunks);
        }

        public string fill(string text) => string.Join("\n", wrap(text));

        private static bool Blank(string s) => s.strip().Length == 0;

        private PyList<string> WrapChunks(List<string> chunks)
        {
            var lines = new PyList<string>();
            if (width <= 0) throw new ValueError($"invalid width {width} (must be > 0)");
            if (max_lines is { } limit)
            {
                string indentText = limit > 1 ? subsequent_indent : initial_indent;
                if (indentText.Length + placeholder.lstrip().Length > width) throw new ValueError("placeholder too large for max width");
            }
            while (chunks.Count > 0)
            {
                var line = new List<string>();
                long length = 0;
                string indent = lines.Count > 0 ? subsequent_indent : initial_indent;
                long room = width - indent.Length;
                if (drop_whitespace && Blank(chunks[^1]) && lines.Count > 0) chunks.RemoveAt(chunks.Count - 1);
                while (chunks.Count > 0)
                {
                    int l = chunks[^1].Length;
                    if (length + l <= room)
                    {
                        line.Add(chunks[^1]);
                        chunks.RemoveAt(chunks.Count - 1);
                        length += l;
                    }
                    else break;
                }
                if (chunks.Count > 0 && chunks[^1].Length > room)
                {
                    HandleLongWord(chunks, line, length, room);
                    length = line.Sum(c => (long)c.Length);
                }
                if (drop_whitespace && line.Count > 0 && Blank(line[^1]))
                {
                    length -= line[^1].Length;
                    line.RemoveAt(line.Count - 1);
                }
                if (line.Count == 0) continue;
                if (max_lines is null || lines.Count + 1 < max_lines
                    || ((chunks.Count == 0 || (drop_whitespace && chunks.Count == 1 && Blank(chunks[0]))) && length <= room))
                {
                    lines.Add(indent + string.Concat(line));
                    continue;
                }
                while (line.Count > 0)
                {
                    if (!Blank(line[^1]) && length + placeholder.Length <= room)
                    {
                        line.Add(placeholder);
                        lines.Add(indent + string.Concat(line));
                        return lines;
                    }
                    length -= line[^1].Length;
                    line.RemoveAt(line.Count - 1);
                }
                if (lines.Count > 0)
                {
                    string previous = lines[^1].rstrip();
                    if (previous.Length + placeholder.Length <= width)
                    {
                        lines[^1] = previous + placeholder;
                        return lines;
                    }
                }
                lines.Add(indent + placeholder.lstrip());
                return lines;
            }
            return lines;
        }

        private void HandleLongWord(List<string> reversedChunks, List<string> line, long length, long room)
        {
            long spaceLeft = room < 1 ? 1 : room - length;
            if (break_long_words)
            {
                int end = (int)spaceLeft;
                string chunk = reversedChunks[^1];
                if (break_on_hyphens && chunk.Length > spaceLeft)
                {
                    int hyphen = chunk.LastIndexOf('-', Math.Max(0, (int)spaceLeft - 1), (int)Math.Max(0, spaceLeft));
                    if (hyphen > 0 && chunk[..hyphen].Any(c => c != '-')) end = hyphen + 1;
                }
                line.Add(chunk[..end]);
                reversedChunks[^1] = chunk[end..];
            }
            else if (line.Count == 0)
            {
                line.Add(reversedChunks[^1]);
                reversedChunks.RemoveAt(reversedChunks.Count - 1);
            }
        }
    }
}
