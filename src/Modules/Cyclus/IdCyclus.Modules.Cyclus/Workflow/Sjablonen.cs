using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>The Dutch mail texts of the cycle, per notification type. Each names the task, its deadline and the link.</summary>
internal sealed class Sjablonen : IBerichtSjablonen
{
    public IReadOnlyCollection<string> Namen { get; } = ["taak-toegewezen", "herinnering", "escalatie", "vooraankondiging"];

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens g)
    {
        var deadline = g.Deadline is { } d ? TimeZoneInfo.ConvertTime(d, Tijd.Amsterdam).ToString("dddd d MMMM yyyy 'om' HH:mm", Nederlands.Cultuur) : "geen";
        var voor = g.ItemOmschrijving is null ? "" : $" ({g.ItemOmschrijving})";
        var link = g.Link is null ? "" : $"\n\nOpenen in IdCyclus: {g.Link}";
        var groet = "\n\nMet vriendelijke groet,\nBureau Inclusie en Diversiteit\n\nDit bericht is verstuurd door IdCyclus.";
        return sjabloon switch
        {
            "taak-toegewezen" => ($"Nieuwe taak: {g.TaakTitel}{voor}",
                $"Beste {g.OntvangerNaam},\n\nEr staat een nieuwe taak voor u klaar in {g.WorkflowNaam}: {g.TaakTitel}{voor}.\nDeadline: {deadline}.{link}{groet}"),
            "herinnering" => ($"Herinnering: {g.TaakTitel}{voor} — deadline {deadline}",
                $"Beste {g.OntvangerNaam},\n\nDe taak {g.TaakTitel}{voor} is nog niet afgerond. De deadline is {deadline}.{link}{groet}"),
            "escalatie" => ($"Escalatie: {g.TaakTitel}{voor} is niet op tijd afgerond",
                $"Beste {g.OntvangerNaam},\n\nDe taak {g.TaakTitel}{voor} van {g.OorspronkelijkeBehandelaar ?? "de behandelaar"} had uiterlijk {deadline} afgerond moeten zijn en is dat nog niet. " +
                $"Dit is escalatieniveau {g.EscalatieNiveau}. Wilt u ervoor zorgen dat de taak alsnog wordt afgerond?{link}{groet}"),
            "vooraankondiging" => ($"Vooraankondiging: {g.WorkflowNaam}",
                $"Beste {g.OntvangerNaam},\n\nBinnenkort start {g.WorkflowNaam}. U hoort van uw accounthouder wanneer uw interview gepland wordt.{link}{groet}"),
            _ => throw new ArgumentOutOfRangeException(nameof(sjabloon), sjabloon, "Onbekend berichtsjabloon."),
        };
    }
}
