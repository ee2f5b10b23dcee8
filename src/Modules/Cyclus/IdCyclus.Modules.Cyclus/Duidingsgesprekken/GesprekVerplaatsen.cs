using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;
using IdCyclus.Workflows.Runtime.Motor;

namespace IdCyclus.Modules.Cyclus.Duidingsgesprekken;

/// <summary>Move a planned conversation: the new fields and the planning task's version the person saw.</summary>
internal sealed record GesprekVerplaatsen(
    Guid GesprekId, int Versie, IReadOnlyDictionary<string, string?> Velden, Guid? DoorId, string DoorNaam, bool IsBureau);

/// <summary>
/// The accounthouder (or Bureau) changes date, time, place or participants of a planned duidingsgesprek until its
/// outcome is recorded (ADR 0029). The same rules as planning check the fields; the planning task's fields are replaced
/// under its version token, the SEQUENCE goes one up, and in the same transaction the event that mails the new
/// invitation (same UID) to the clusterdirecteur and every participant, and tells who was taken off the list.
/// A cancelled conversation is planned again the same way, with the old fields prefilled (ADR 0027).
/// </summary>
internal sealed class GesprekVerplaatsenHandler(Gesprekken gesprekken, Taakherziening runtime, TimeProvider klok)
{
    public async Task<Resultaat<int>> VoerUitAsync(GesprekVerplaatsen opdracht, CancellationToken ct)
    {
        if (await gesprekken.VindAsync(opdracht.GesprekId, ct) is not { } gesprek)
        {
            return Resultaat<int>.Mislukt("", "Dit duidingsgesprek bestaat niet.");
        }

        if (!gesprek.IsVanAccounthouder(opdracht.DoorId, opdracht.IsBureau))
        {
            return Resultaat<int>.Mislukt("", "Alleen de accounthouder van deze sectie of Bureau Inclusie en Diversiteit verplaatst dit gesprek.");
        }

        if (gesprek.Planning is not { } oud)
        {
            return Resultaat<int>.Mislukt("", "Dit gesprek is nog niet gepland; plan het met de taak ‘Plan het duidingsgesprek’.");
        }

        if (!gesprek.KanVerplaatsen)
        {
            return Resultaat<int>.Mislukt("",
                "De uitkomst van dit gesprek is al vastgelegd (of het gesprek is beëindigd); het kan niet meer worden verplaatst.");
        }

        var (nieuw, fouten) = Gespreksplanningregels.Controleer(opdracht.Velden, klok.GetUtcNow());
        if (nieuw is null)
        {
            return Resultaat<int>.Mislukt(fouten);
        }

        if (!oud.IsGeannuleerd && nieuw.Begin == oud.Begin && nieuw.Eind == oud.Eind && nieuw.Locatie == oud.Locatie
            && nieuw.Deelnemers.SequenceEqual(oud.Deelnemers))
        {
            return Resultaat<int>.Mislukt("", "U heeft niets gewijzigd; de uitnodiging blijft zoals hij was.");
        }

        // Planned again after a cancellation (ADR 0027): who was dropped already had the cancellation, so no "afgemeld".
        var verplaatst = nieuw with { Volgnummer = oud.Volgnummer + 1, Annulering = null };
        var afgemeld = oud.IsGeannuleerd ? [] : oud.Deelnemers.Where(d => !verplaatst.Deelnemers.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        var wat = oud.IsGeannuleerd ? "opnieuw gepland op" : "verplaatst naar";
        return await runtime.HerzieAsync(
            gesprek.Plantaak.Id, opdracht.Versie, verplaatst.Velden(),
            $"Duidingsgesprek {wat} {verplaatst.Omschrijving()} (was {oud.Omschrijving()}); uitnodiging {verplaatst.Volgnummer}.",
            new Handelende(opdracht.DoorId, opdracht.DoorNaam, opdracht.IsBureau),
            [new DuidingsgesprekGepland(gesprek.Id, verplaatst.Volgnummer, afgemeld).AlsGebeurtenis()], ct);
    }
}
