using System.Text;

namespace FFRepro.Harness.Report;

/// <summary>A GitHub-flavoured Markdown table: a header and rows of already-formatted cells.</summary>
internal sealed class MarkdownTable(params string[] header)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Appends a row; it must have as many cells as the header.</summary>
    public MarkdownTable Add(params string[] cells)
    {
        if (cells.Length != header.Length)
            throw new ArgumentException($"Row has {cells.Length} cells, header has {header.Length}.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    /// <summary>Number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Writes the table, followed by a blank line.</summary>
    public void WriteTo(StringBuilder sb)
    {
        Line(sb, header);
        Line(sb, header.Select(_ => "---").ToArray());
        foreach (var row in _rows) Line(sb, row);
        sb.Append('\n');
    }

    // A pipe inside a cell would split it; newlines would end the table.
    private static void Line(StringBuilder sb, string[] cells) =>
        sb.Append("| ").Append(string.Join(" | ", cells.Select(c => c.Replace("|", "\\|").Replace('\n', ' ')))).Append(" |\n");
}
