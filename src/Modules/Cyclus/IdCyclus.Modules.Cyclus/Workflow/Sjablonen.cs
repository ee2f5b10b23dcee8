using IdCyclus.Shared;
using IdCyclus.Workflows.Runtime;

namespace IdCyclus.Modules.Cyclus.Workflow;

/// <summary>The Dutch mail texts of the cycle, per notification type. Each names the task, its deadline and the link.</summary>
internal sealed class Sjablonen : IBerichtSjablonen
{
    public const string Vooraankondiging = "vooraankondiging";
    public const string Kennissessie = "kennissessie";
    public const string InterviewfaseGesloten = "interviewfase-gesloten";

    public IReadOnlyCollection<string> Namen { get; } = ["taak-toegewezen", "herinnering", "escalatie", Vooraankondiging, Kennissessie, InterviewfaseGesloten];

    public (string Onderwerp, string Tekst) Maak(string sjabloon, BerichtGegevens g)
    {
        var deadline = g.Deadline is { } d ? Nederlands.DagDatumTijd(d) : "geen";
        var voor = g.ItemOmschrijving is null ? "" : $" ({g.ItemOmschrijving})";
        // "Label: URL" on its own paragraph: the HTML part of the mail turns the label into the link text, so it must say
        // where the link goes (a screen reader lists links by their text).
        var link = g.Link is null ? "" : g.TaakTitel is null || !IsTaaksjabloon(sjabloon)
            ? $"\n\nNaar IdCyclus: {g.Link}"
            : $"\n\nDe taak ‘{g.TaakTitel}’ openen in IdCyclus: {g.Link}";
        var groet = "\n\nMet vriendelijke groet,\nBureau Inclusie en Diversiteit\n\nDit bericht is verstuurd door IdCyclus.";
        return sjabloon switch
        {
            "taak-toegewezen" => ($"Nieuwe taak: {g.TaakTitel}{voor}",
                $"Beste {g.OntvangerNaam},\n\nEr staat een nieuwe taak voor u klaar in {g.WorkflowNaam}: {g.TaakTitel}{voor}.\n" +
                $"Deadline: {deadline}.{link}{groet}"),
            "herinnering" => ($"Herinnering: {g.TaakTitel}{voor} — deadline {deadline}",
                $"Beste {g.OntvangerNaam},\n\nDe taak {g.TaakTitel}{voor} is nog niet afgerond. De deadline is {deadline}.{link}{groet}"),
            "escalatie" => ($"Escalatie: {g.TaakTitel}{voor} is niet op tijd afgerond",
                $"Beste {g.OntvangerNaam},\n\nDe taak {g.TaakTitel}{voor} van {g.OorspronkelijkeBehandelaar ?? "de behandelaar"} " +
                $"had uiterlijk {deadline} afgerond moeten zijn en is dat nog niet. " +
                $"Dit is escalatieniveau {g.EscalatieNiveau}. Wilt u ervoor zorgen dat de taak alsnog wordt afgerond?{link}{groet}"),
            Vooraankondiging => ($"Vooraankondiging: {g.WorkflowNaam}",
                $"Beste {g.OntvangerNaam},\n\nBinnenkort start {g.WorkflowNaam}. " +
                "Bureau Inclusie en Diversiteit brengt dan de voortgang van het Actieplan Inclusie en Diversiteit van elke directie in kaart, " +
                $"met een interview over de vragenlijst tussen de accounthouder en de trekker (of, waar geen trekker is, de directeur of een MT-lid). " +
                "U hoort van uw accounthouder wanneer het interview gepland wordt. " +
                $"Heeft uw directie nog geen trekker, dan krijgt de directeur daarvoor een taak in IdCyclus.{link}{groet}"),
            Kennissessie => ($"Kennissessie voor trekkers: {g.WorkflowNaam}",
                $"Beste {g.OntvangerNaam},\n\nBureau Inclusie en Diversiteit organiseert een kennissessie voor alle trekkers over {g.WorkflowNaam}: " +
                "het proces, de werkgroep, de vragenlijst en de indicatoren. " +
                $"De uitnodiging met datum en plaats volgt in uw agenda.{link}{groet}"),
            InterviewfaseGesloten => ($"Interviewfase gesloten: {g.WorkflowNaam}",
                $"Beste {g.OntvangerNaam},\n\nDe interviewfase van {g.WorkflowNaam} is gesloten. De analyse en de voortgangsrapportage kunnen beginnen. " +
                $"In IdCyclus ziet u per directie of het interview definitief is.{link}{groet}"),
            _ => throw new ArgumentOutOfRangeException(nameof(sjabloon), sjabloon, "Onbekend berichtsjabloon."),
        };
    }

    private static bool IsTaaksjabloon(string sjabloon) => sjabloon is "taak-toegewezen" or "herinnering" or "escalatie";
}
