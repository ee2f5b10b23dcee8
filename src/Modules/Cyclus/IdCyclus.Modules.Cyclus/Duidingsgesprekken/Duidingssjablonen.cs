using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>
/// The two messages of a planned duidingsgesprek. A <c>melding</c> step's data carries the section (the item) but not the
/// conversation's date, so both point to the page where the date, the place and the invitation (ICS) are:
/// <c>/duidingsgesprekken</c> (ADR 0025). The invitation itself, with the ICS attached, is a separate mail
/// (ADR 0027). The runtime sends each as a mail and stores it as an in-app message.
/// </summary>
internal sealed class Duidingssjablonen : IBerichtSjablonen
{
    public IReadOnlyCollection<string> Namen { get; } = [Duidingsgesprekken.GeplandSjabloon, Duidingsgesprekken.RapportBijClusterdirecteurSjabloon];

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens g)
    {
        var sectie = g.ItemOmschrijving ?? "uw cluster";
        var pagina = g.Link is null ? "" : $"{g.Link.TrimEnd('/')}/duidingsgesprekken";
        var groet = "\n\nMet vriendelijke groet,\nBureau Inclusie en Diversiteit\n\nDit bericht is verstuurd door IdCyclus.";
        return sjabloon switch
        {
            Duidingsgesprekken.GeplandSjabloon => ($"Duidingsgesprek gepland: de Voortgangsrapportage ({sectie}) staat voor u klaar",
                $"Beste {g.OntvangerNaam},\n\nUw accounthouder van Bureau Inclusie en Diversiteit heeft het duidingsgesprek over de sectie {sectie} " +
                "van de Voortgangsrapportage gepland. De pagina's van uw sectie staan nu voor u klaar in IdCyclus. " +
                "De agenda-uitnodiging krijgt u in een aparte mail, met het ICS-bestand voor Outlook als bijlage; " +
                "datum en plaats staan ook op de pagina met uw duidingsgesprekken." +
                (pagina.Length == 0 ? "" : $"\n\nUw duidingsgesprekken en de uitnodiging: {pagina}") + groet),
            Duidingsgesprekken.RapportBijClusterdirecteurSjabloon => ($"De Voortgangsrapportage ligt bij uw clusterdirecteur ({sectie})",
                $"Beste {g.OntvangerNaam},\n\nDe Voortgangsrapportage is met uw clusterdirecteur gedeeld: " +
                $"Bureau Inclusie en Diversiteit bespreekt de sectie {sectie} binnenkort met hem of haar. " +
                "Daarna bespreekt de clusterdirecteur de uitkomst met de directeuren. " +
                "Zo weet u dat het gesprek over uw directie eraan komt (afspraak van de werkgroep voortgangsrapportage)." +
                (g.Link is null ? "" : $"\n\nNaar IdCyclus: {g.Link}") + groet),
            _ => throw new ArgumentOutOfRangeException(nameof(sjabloon), sjabloon, "Onbekend berichtsjabloon."),
        };
    }
}
