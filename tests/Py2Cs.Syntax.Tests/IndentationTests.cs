using Py2Cs.Syntax.Text;

namespace Py2Cs.Syntax.Tests;

/// <summary>The logical-line layer of the lexer: NEWLINE, INDENT and DEDENT exactly where CPython's tokenizer puts them.</summary>
public class IndentationTests
{
    static string Types(string source) => string.Join(" ", Tokens(source).Select(t => t.Type));

    static List<(int Line, int Column, string Type, string Text)> Tokens(string source)
    {
        var list = new List<(int, int, string, string)>();
        foreach (var line in TokenDumper.Dump(new SourceText("t.py", source)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ', 3);
            var position = parts[0].Split(':');
            list.Add((int.Parse(position[0]), int.Parse(position[1]), parts[1], parts.Length > 2 ? parts[2] : ""));
        }
        return list;
    }

    [Fact]
    public void Nested_blocks_close_several_levels_at_once()
    {
        Assert.Equal(
            "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT DEDENT NAME NEWLINE EOF",
            Types("if a:\n    if b:\n        if c:\n            x\ny\n"));
    }

    [Fact]
    public void Dedent_to_a_middle_level()
    {
        Assert.Equal(
            "IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT EOF",
            Types("if a:\n    if b:\n        x\n    y\n"));
    }

    [Fact]
    public void Dedents_come_before_the_next_token_and_at_its_position()
    {
        var tokens = Tokens("if a:\n    x\ny\n");
        int dedent = tokens.FindIndex(t => t.Type == "DEDENT");
        Assert.Equal((3, 1), (tokens[dedent].Line, tokens[dedent].Column));
        Assert.Equal("NAME", tokens[dedent + 1].Type);
        Assert.Equal((3, 1), (tokens[dedent + 1].Line, tokens[dedent + 1].Column));
    }

    [Fact]
    public void Blank_and_comment_only_lines_at_any_indentation_make_no_tokens()
    {
        Assert.Equal(
            "IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT NAME NEWLINE EOF",
            Types("if a:\n\n        # deep comment\n    x\n  # shallow comment\n\n    y\n# top comment\nz\n"));
    }

    [Fact]
    public void Comment_after_code_keeps_the_newline()
    {
        Assert.Equal("NAME EQUAL NUMBER NEWLINE EOF", Types("x = 1  # one\n"));
    }

    [Fact]
    public void Backslash_continuation_joins_lines_without_indentation()
    {
        Assert.Equal("NAME EQUAL NUMBER PLUS NUMBER NEWLINE NAME NEWLINE EOF", Types("x = 1 + \\\n        2\ny\n"));
    }

    [Fact]
    public void Open_brackets_span_lines_without_newline_or_indent()
    {
        Assert.Equal(
            "NAME EQUAL LSQB NUMBER COMMA NUMBER COMMA LPAR NUMBER RPAR RSQB NEWLINE NAME NEWLINE EOF",
            Types("x = [1,\n        2,\n  (\n3)\n]\ny\n"));
    }

    [Fact]
    public void File_without_trailing_newline_gets_newline_then_all_dedents()
    {
        var tokens = Tokens("if a:\n    if b:\n        x");
        Assert.Equal("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT EOF", string.Join(" ", tokens.Select(t => t.Type)));
    }

    [Fact]
    public void Empty_and_comment_only_files_have_only_eof()
    {
        Assert.Equal("EOF", Types(""));
        Assert.Equal("EOF", Types("# just a comment\n\n   # and another"));
    }

    [Fact]
    public void Tabs_count_to_the_next_multiple_of_eight()
    {
        Assert.Equal("IF NAME COLON NEWLINE INDENT IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT DEDENT EOF",
            Types("if a:\n\tif b:\n\t\tx\n"));
        Assert.Empty(SyntaxParser.Parse(new SourceText("t.py", "if a:\n\tx = 1\n\ty = 2\n")).Diagnostics);
    }

    [Fact]
    public void Crlf_line_endings_are_line_breaks()
    {
        Assert.Equal("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE EOF", Types("if a:\r\n    x\r\ny\r\n"));
    }

    [Fact]
    public void Inconsistent_dedent_is_an_indentation_error_at_the_end_of_the_line()
    {
        var result = SyntaxParser.Parse(new SourceText("t.py", "if x:\n        a = 1\n    b = 2\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PYCS0002", diagnostic.Code);
        Assert.Equal("unindent does not match any outer indentation level", diagnostic.Message);
        Assert.Equal((3, 10), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void Tab_and_spaces_that_only_agree_at_tab_size_eight_are_a_tab_error()
    {
        var result = SyntaxParser.Parse(new SourceText("t.py", "if x:\n\ta = 1\n        b = 2\n"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PYCS0003", diagnostic.Code);
        Assert.Equal((3, 1), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void Soft_keywords_are_their_own_tokens_but_parse_as_names()
    {
        Assert.Equal("MATCH EQUAL CASE NEWLINE EOF", Types("match = case\n"));
        Assert.Empty(SyntaxParser.Parse(new SourceText("t.py", "match = case = _ = 1\nprint(match, case, _)\n")).Diagnostics);
    }

    [Fact]
    public void Byte_order_mark_at_the_start_is_ignored()
    {
        Assert.Empty(SyntaxParser.Parse(new SourceText("t.py", "\uFEFFif x:\n    pass\n")).Diagnostics);
        Assert.Single(SyntaxParser.Parse(new SourceText("t.py", "x = 1 \uFEFF+ 2\n")).Diagnostics);
    }

    [Fact]
    public void Token_dump_shows_line_column_type_and_text()
    {
        Assert.Equal("1:1 NAME 'x'\n1:3 EQUAL '='\n1:5 STRING '\"a\\\\n\"'\n1:10 NEWLINE '\\n'\n2:1 EOF ''\n",
            TokenDumper.Dump(new SourceText("t.py", "x = \"a\\n\"\n")));
    }
}
