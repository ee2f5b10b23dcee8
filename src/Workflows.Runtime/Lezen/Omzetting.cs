using IdCyclus.Workflows.Runtime.Persistence;

namespace IdCyclus.Workflows.Runtime.Lezen;

/// <summary>From a row of the runtime's tables to the record a module sees.</summary>
internal static class Omzetting
{
    public static WorkflowInstantie AlsRecord(this Instantie i) =>
        new(i.Id, i.DefinitieId, i.DefinitieVersie, i.Status, i.GestartOpUtc, i.VoltooidOpUtc, i.OuderId, i.OuderStapId,
            i.ItemSleutel, i.ItemOmschrijving, i.ItemBereik, i.UniekeSleutel, i.Versie);

    public static WorkflowTaak AlsRecord(this Taak t, string definitieId, string workflow) =>
        new(t.Id, t.InstantieId, definitieId, workflow, t.StapId, t.Titel, t.Omschrijving, t.Rol, t.Bereik, t.BereikOmschrijving, t.Formulier,
            t.ToegewezenAan, t.Kandidaten.ToList(), t.Status, t.DeadlineUtc, t.OpvolgdatumUtc, t.EscalatieNiveau, t.Uitkomst, t.FormulierJson,
            t.VoltooidDoor, t.VoltooidOpUtc, t.AangemaaktOpUtc, t.Versie);

    public static WorkflowBericht AlsRecord(this Bericht b) =>
        new(b.Id, b.Sleutel, b.Kanaal, b.OntvangerId, b.OntvangerNaam, b.OntvangerAdres, b.Onderwerp, b.Tekst, b.Link, b.InstantieId, b.TaakId,
            b.Status, b.Pogingen, b.VolgendePogingUtc, b.LaatsteFout, b.AangemaaktOpUtc, b.VerzondenOpUtc, b.Gelezen,
            b.BijlageNaam is { } naam ? new Mailbijlage(naam, b.BijlageType ?? "application/octet-stream", b.BijlageInhoud ?? "") : null);

    public static WorkflowDefinitieVersie AlsRecord(this GepubliceerdeDefinitie d) =>
        new(d.DefinitieId, d.Versie, d.Naam, d.Json, d.GepubliceerdOpUtc, d.GepubliceerdDoor);
}
