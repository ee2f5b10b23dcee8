using IdCyclus.Modules.Rapportage.Domain;

namespace IdCyclus.Modules.Rapportage.Weergave;

internal sealed record Blokinhoud(string Markdown, Blokstaat Staat);

/// <summary>Everything one rendering of the report needs: the snapshot, the blocks' text and which version this is.</summary>
/// <param name="Versietekst">"Concept 3" or "Definitieve versie 1", on the title page.</param>
/// <param name="IsConcept">A concept shows each block's state and empty blocks as such.</param>
internal sealed record Rapportinhoud(
    Momentopname Momentopname,
    int MomentopnameNummer,
    string MomentopnameHash,
    IReadOnlyDictionary<string, Blokinhoud> Blokken,
    string Versietekst,
    DateOnly Datum,
    bool IsConcept)
{
    public IReadOnlyList<Directiescore> Scores { get; } = Scorecijfers.Scores(Momentopname);

    public IReadOnlyList<Jaarvergelijking> Vergelijkingen { get; } = Jaarvergelijkingen.Bereken(Momentopname);

    public int Jaar => Momentopname.Jaar;

    public int MaxScore => Momentopname.Vragenlijst is { } v ? Scorecijfers.Gescoord(v).Sum(q => q.Max ?? 0) : 0;

    public IEnumerable<Directiescore> ScoresVan(Sectie sectie) => Scores.Where(s => s.Directie.SectieId == sectie.Id);
}
