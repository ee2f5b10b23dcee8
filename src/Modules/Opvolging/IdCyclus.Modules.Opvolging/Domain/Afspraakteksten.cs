namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>The Dutch words for an agreement's kind, source and status, in one place so pages, mails and exports agree.</summary>
internal static class Afspraakteksten
{
    public static string Soort(Afspraaksoort soort) => soort switch
    {
        Afspraaksoort.TrekkerBenoemd => "Trekker benoemen",
        Afspraaksoort.ActieplanOpgeleverd => "Geactualiseerd actieplan opleveren",
        _ => "Overige afspraak",
    };

    public static string Bron(Afspraakbron bron) => bron switch
    {
        Afspraakbron.Gmt => "GMT",
        Afspraakbron.Duidingsgesprek => "duidingsgesprek",
        _ => "Bureau I&D",
    };

    public static string Status(Afspraakstatus status) => status switch
    {
        Afspraakstatus.Open => "open",
        Afspraakstatus.OpSchema => "op schema",
        Afspraakstatus.TeLaat => "te laat",
        Afspraakstatus.Gedaan => "gedaan",
        _ => "vervallen",
    };

    /// <summary>The code other modules and URLs use; stable, unlike the Dutch text.</summary>
    public static string Code(Afspraakstatus status) => status switch
    {
        Afspraakstatus.Open => "open",
        Afspraakstatus.OpSchema => "op-schema",
        Afspraakstatus.TeLaat => "te-laat",
        Afspraakstatus.Gedaan => "gedaan",
        _ => "vervallen",
    };

    /// <summary>What the agreement asks, in one line: the system-checked kinds say it themselves, the rest by their description.</summary>
    public static string Titel(Afspraaksoort soort, decimal? minimaleUren, string? omschrijving) => soort switch
    {
        Afspraaksoort.TrekkerBenoemd => $"Trekker met minimaal {Systeemcontrole.Uren(minimaleUren ?? 0)} per week benoemd",
        Afspraaksoort.ActieplanOpgeleverd => "Geactualiseerd actieplan opgeleverd",
        _ => omschrijving ?? "Afspraak",
    };
}
