using System.Text.Json;
using IdCyclus.Modules.Opvolging.Contracts;
using IdCyclus.Modules.Opvolging.Domain;
using IdCyclus.Modules.Opvolging.Persistence;
using IdCyclus.Shared.Validation;
using IdCyclus.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Opvolging.Features.Afspraaktaak;

/// <summary>
/// "Kom de afspraak na": the owner completes the task saying the agreement is done, with the evidence (a note or a link).
/// The form checks what closing needs (the rules of <see cref="Afspraakregels.ControleerAfsluiting"/>, and that it is the
/// owner) and raises <see cref="AfspraakGedaanGemeld"/>; Opvolging closes the agreement when it receives it.
/// </summary>
internal sealed class AfspraakGedaanFormulier(OpvolgingDbContext db, Afspraakopslag opslag) : ITaakFormulier
{
    public const string Formuliernaam = "afspraak-gedaan";

    public const string Bewijsveld = "Bewijs";

    public string Naam => Formuliernaam;

    public async Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken)
    {
        var rij = Guid.TryParse(context.ItemSleutel, out var id)
            ? await db.Afspraken.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (rij is null)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty, "Deze taak hoort niet bij een bestaande afspraak.")]);
        }

        if (rij.EigenaarPersoonId != context.Door.Id)
        {
            return FormulierUitkomst.Fout([new Fout(string.Empty,
                $"Alleen de eigenaar van de afspraak ({rij.EigenaarNaam}) meldt haar hier als gedaan; Bureau I&D doet dat op de afspraakpagina.")]);
        }

        var bewijs = velden.GetValueOrDefault(Bewijsveld)?.Trim();
        var afspraak = Afspraakopslag.Naar(rij, await opslag.VerschuivingenAsync(rij.Id, cancellationToken));
        var fouten = Afspraakregels.ControleerAfsluiting(afspraak, true, bewijs)
            .Select(f => f.Veld == nameof(Features.AfspraakAfsluiten.AfspraakAfsluiten.Toelichting) ? f with { Veld = Bewijsveld } : f).ToList();
        if (fouten.Count > 0)
        {
            return FormulierUitkomst.Fout(fouten);
        }

        var gebeurtenis = new AfspraakGedaanGemeld(rij.Id, bewijs!, context.Door.Id, context.Door.Naam);
        return FormulierUitkomst.Gelukt(
            $"Afspraak gemeld als gedaan: {bewijs}",
            new IntegratieGebeurtenis(AfspraakGedaanGemeld.Type, $"taak:{context.TaakId}", JsonSerializer.Serialize(gebeurtenis, JsonSerializerOptions.Web)));
    }
}

/// <summary>
/// "Lever een geactualiseerd actieplan op": done is what Actieplannen says (a version approved after the agreement), not a
/// click, so completing by hand is refused with what closes it instead.
/// </summary>
internal sealed class ActieplanAfspraakFormulier : ITaakFormulier
{
    public const string Formuliernaam = "afspraak-actieplan";

    public string Naam => Formuliernaam;

    public Task<FormulierUitkomst> VerwerkAsync(
        FormulierContext context, IReadOnlyDictionary<string, string?> velden, CancellationToken cancellationToken) =>
        Task.FromResult(FormulierUitkomst.Fout([new Fout(string.Empty,
            "Deze taak sluit vanzelf zodra een nieuwe versie van het actieplan van uw directie is goedgekeurd; u hoeft haar niet zelf af te ronden.")]));
}
