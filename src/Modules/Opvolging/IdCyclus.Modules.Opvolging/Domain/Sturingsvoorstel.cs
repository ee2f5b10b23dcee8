namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>Where a directie stands when the GMT steers: its trekkers' hours and its plan's last approval.</summary>
internal sealed record DirectieStand(Guid DirectieId, string Naam, IReadOnlyList<decimal> TrekkerUren, DateOnly? LaatsteGoedkeuringActieplan);

/// <summary>
/// The hours a trekker should have. 8 is the report's recommendation; until the GMT records it as its own agreement the
/// texts say it is a recommendation, so nobody reads a norm into it that nobody set.
/// </summary>
internal sealed record Urennorm(decimal Uren, int Rapportjaar, DateOnly? DoorGmtVastgesteldOp)
{
    /// <summary>Seed 000's recommendation: "een trekker (minimaal 8 uur/week)".</summary>
    public const decimal AanbevolenUren = 8m;

    public static Urennorm Aanbeveling(int rapportjaar) => new(AanbevolenUren, rapportjaar, null);

    public string Herkomst => DoorGmtVastgesteldOp is { } op
        ? $"afspraak van het GMT van {IdCyclus.Shared.Nederlands.Datum(op)}"
        : $"aanbeveling uit de Voortgangsrapportage {Rapportjaar}; het GMT heeft dit nog niet als eigen afspraak vastgelegd";
}

/// <summary>A proposed agreement and why it is proposed; Bureau accepts, changes or leaves it on the sturing page.</summary>
internal sealed record VoorgesteldeAfspraak(Guid DirectieId, Afspraaksoort Soort, decimal? MinimaleUren, string Reden);

/// <summary>
/// Turns the report's recommendation ("stel deadlines voor het aanstellen van een trekker (minimaal 8 uur/week) en het
/// opleveren van een geüpdatet actieplan") into proposed agreements per directie. A directie whose trekker has fewer
/// hours than the norm gets the trekker agreement too, not only one without a trekker.
/// </summary>
internal static class Sturingsvoorstel
{
    /// <param name="actueelVanaf">An approval on or after this day counts as up to date (normally the start of the cycle year).</param>
    public static IReadOnlyList<VoorgesteldeAfspraak> Voor(IEnumerable<DirectieStand> directies, Urennorm norm, DateOnly actueelVanaf)
    {
        var voorstellen = new List<VoorgesteldeAfspraak>();
        foreach (var directie in directies)
        {
            if (TrekkerReden(directie, norm) is { } reden)
            {
                voorstellen.Add(new VoorgesteldeAfspraak(directie.DirectieId, Afspraaksoort.TrekkerBenoemd, norm.Uren, reden));
            }

            if (directie.LaatsteGoedkeuringActieplan is not { } goedgekeurd)
            {
                voorstellen.Add(new VoorgesteldeAfspraak(directie.DirectieId, Afspraaksoort.ActieplanOpgeleverd, null, "Er is geen goedgekeurd actieplan."));
            }
            else if (goedgekeurd < actueelVanaf)
            {
                voorstellen.Add(new VoorgesteldeAfspraak(
                    directie.DirectieId,
                    Afspraaksoort.ActieplanOpgeleverd,
                    null,
                    $"Het actieplan is voor het laatst goedgekeurd op {IdCyclus.Shared.Nederlands.Datum(goedgekeurd)}."));
            }
        }

        return voorstellen;
    }

    private static string? TrekkerReden(DirectieStand directie, Urennorm norm)
    {
        var normtekst = $"minimaal {Systeemcontrole.Uren(norm.Uren)} per week ({norm.Herkomst})";
        if (directie.TrekkerUren.Count == 0)
        {
            return $"Er is geen trekker; {normtekst}.";
        }

        var meeste = directie.TrekkerUren.Max();
        return meeste >= norm.Uren
            ? null
            : directie.TrekkerUren.Count == 1
                ? $"De trekker heeft {Systeemcontrole.Uren(meeste)} per week; {normtekst}."
                : $"Geen van de {directie.TrekkerUren.Count} trekkers heeft genoeg uren (hoogste: {Systeemcontrole.Uren(meeste)}); {normtekst}.";
    }
}
