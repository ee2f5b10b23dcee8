using Markdig;

namespace IdCyclus.Modules.Rapportage.Weergave;

/// <summary>
/// The narrative blocks' Markdown as HTML. Raw HTML in the text is not passed through (it is shown as text): a block is
/// written by people and published to everyone, so it must never carry a script or break the page's structure.
/// </summary>
internal static class Markdown
{
    private static readonly MarkdownPipeline Pijplijn = new MarkdownPipelineBuilder().DisableHtml().UseEmphasisExtras().UseListExtras().Build();

    public static string NaarHtml(string? markdown) => Markdig.Markdown.ToHtml(markdown ?? "", Pijplijn);
}
