using System.Globalization;
using System.Net;
using System.Text;

namespace RelationshipFunctions.Snapshots;

/// <summary>A vertical bar chart as inline SVG: no script, no font, nothing fetched.</summary>
internal static class SvgBarChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Bottom = 40;
    private const int Top = 20;

    public static string Render(string id, string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        var html = new StringBuilder();
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(bar => bar.Value));
        var slot = (double)Width / Math.Max(1, bars.Count);
        html.Append(Invariant($"<svg id=\"{id}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">"));
        html.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        html.Append(Invariant($"<line x1=\"0\" y1=\"{Height - Bottom}\" x2=\"{Width}\" y2=\"{Height - Bottom}\" class=\"axis\"/>"));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var height = (Height - Bottom - Top) * (double)value / max;
            var x = (i * slot) + (slot * 0.1);
            var y = Height - Bottom - height;
            var text = WebUtility.HtmlEncode(label);
            html.Append(Invariant($"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.8:0.#}\" height=\"{height:0.#}\">"));
            html.Append(Invariant($"<title>{text}: {value:N0}</title></rect>"));
            html.Append(Invariant($"<text x=\"{x + (slot * 0.4):0.#}\" y=\"{y - 4:0.#}\" class=\"value\">{value:N0}</text>"));
            html.Append(Invariant($"<text x=\"{x + (slot * 0.4):0.#}\" y=\"{Height - Bottom + 16}\" class=\"label\">{text}</text>"));
        }

        return html.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
