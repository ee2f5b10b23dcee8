namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>
/// Whether a directie's change against last year can be reported. Only a complete comparison counts: the 2024 report
/// left Zuidoost out of its 2023–2024 chart "omdat de data van 2024 niet compleet is", and a sum over fewer items would
/// look like a drop. The item-level rules (which items are comparable at all) stay in <see cref="Scoring"/>.
/// </summary>
internal static class Jaarvergelijking
{
    /// <summary>Null when the change is reportable, else the reason in Dutch.</summary>
    /// <param name="vergelijking">Null when the directie had no final interview last year (or there was no version).</param>
    /// <param name="vastgelegdeReden">Bureau's recorded reason why the directie had no interview last year, if any.</param>
    public static string? WaaromNiet(Vergelijking? vergelijking, int jaar, string? vastgelegdeReden)
    {
        if (vergelijking is null)
        {
            return vastgelegdeReden ?? $"geen definitief interview in {jaar - 1}";
        }

        if (!vergelijking.IsVergelijkbaar)
        {
            return vergelijking.Melding ?? "Geen enkele vraag is met vorig jaar te vergelijken.";
        }

        var nu = Nummers(vergelijking, Weglaatreden.OntbreektNu);
        var vorig = Nummers(vergelijking, Weglaatreden.OntbreektVorigJaar);
        if (nu.Count > 0)
        {
            return $"gegevens van {jaar} niet compleet: {Opsomming(nu)} ontbreekt";
        }

        return vorig.Count > 0 ? $"gegevens van {jaar - 1} niet compleet: {Opsomming(vorig)} ontbreekt" : null;
    }

    private static List<string> Nummers(Vergelijking vergelijking, Weglaatreden reden) =>
        vergelijking.Weggelaten.Where(w => w.Reden == reden).Select(w => w.Nummer).ToList();

    private static string Opsomming(List<string> nummers) =>
        nummers.Count == 1 ? $"vraag {nummers[0]}" : $"vragen {string.Join(", ", nummers[..^1])} en {nummers[^1]}";
}
