using IdCyclus.Modules.Organisatie.Contracts;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Organisatie.Domain;

/// <summary>A role assignment as somebody proposes it, before it is accepted.</summary>
internal sealed record RolVoorstel(
    Rol Rol,
    Persoon Persoon,
    Directie? Directie,
    Cluster? Cluster,
    DateOnly Van,
    DateOnly? Tot,
    decimal? UrenPerWeek);

/// <summary>
/// The rules a role assignment must keep. They return every problem at once, each tied to its field, so that a form
/// can show them all next to the fields in one go.
/// </summary>
internal static class RolRegels
{
    public const decimal MaxUrenPerWeek = 40m;

    public static IReadOnlyList<Fout> Controleer(RolVoorstel voorstel, IEnumerable<Roltoewijzing> bestaande, Func<Guid, string> persoonsnaam)
    {
        var fouten = new List<Fout>();
        ControleerBereik(voorstel, fouten);
        ControleerPeriode(voorstel.Van, voorstel.Tot, fouten);
        ControleerUren(voorstel.Rol, voorstel.UrenPerWeek, fouten);
        if (voorstel.Directie is { } directie)
        {
            ControleerDirectieActief(directie, voorstel.Van, voorstel.Tot, fouten);
        }

        if (fouten.Count == 0)
        {
            ControleerOverlap(voorstel, bestaande, persoonsnaam, fouten);
        }

        return fouten;
    }

    /// <summary>Ending an assignment: the end day may not lie before its start or after the directie ceased.</summary>
    public static IReadOnlyList<Fout> ControleerBeeindiging(Roltoewijzing toewijzing, DateOnly tot, Directie? directie)
    {
        var fouten = new List<Fout>();
        ControleerPeriode(toewijzing.Van, tot, fouten);
        if (directie is not null && fouten.Count == 0)
        {
            ControleerDirectieActief(directie, toewijzing.Van, tot, fouten);
        }

        return fouten;
    }

    public static IReadOnlyList<Fout> ControleerUrenWijziging(Roltoewijzing toewijzing, decimal? uren)
    {
        var fouten = new List<Fout>();
        if (toewijzing.Rol != Rol.Trekker)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.UrenPerWeek), "Alleen een trekker heeft uren per week."));
            return fouten;
        }

        ControleerUren(toewijzing.Rol, uren, fouten);
        return fouten;
    }

    private static void ControleerBereik(RolVoorstel voorstel, List<Fout> fouten)
    {
        var bereik = voorstel.Rol.Bereik();
        if ((voorstel.Directie is not null && bereik != RolBereik.Directie) || (voorstel.Cluster is not null && bereik != RolBereik.Cluster))
        {
            var waar = voorstel.Directie is not null ? "een directie" : "een cluster";
            fouten.Add(new Fout(nameof(RolVoorstel.Rol), $"De rol {voorstel.Rol.Naam()} hoort niet bij {waar}; kies een andere rol."));
        }
        else if (bereik == RolBereik.Directie && voorstel.Directie is null)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Directie), $"Kies de directie waarvoor deze {voorstel.Rol.Naam().ToLowerInvariant()} werkt."));
        }
        else if (bereik == RolBereik.Cluster && voorstel.Cluster is null)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Cluster), $"Kies het cluster van deze {voorstel.Rol.Naam().ToLowerInvariant()}."));
        }
    }

    private static void ControleerPeriode(DateOnly van, DateOnly? tot, List<Fout> fouten)
    {
        if (van == default)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Van), "Vul de begindatum in."));
        }
        else if (tot is { } eind && eind < van)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Tot),
                $"De einddatum ({NederlandseOpmaak.Datum(eind)}) ligt vóór de begindatum ({NederlandseOpmaak.Datum(van)}). "
                + "Kies een einddatum op of na de begindatum."));
        }
    }

    private static void ControleerUren(Rol rol, decimal? uren, List<Fout> fouten)
    {
        if (!rol.HeeftUren())
        {
            if (uren is not null)
            {
                fouten.Add(new Fout(nameof(RolVoorstel.UrenPerWeek), "Alleen een trekker heeft uren per week; laat dit veld leeg."));
            }

            return;
        }

        if (uren is null)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.UrenPerWeek), "Vul het aantal uren per week van de trekker in."));
        }
        else if (uren < 0 || uren > MaxUrenPerWeek)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.UrenPerWeek),
                $"Het aantal uren per week moet tussen 0 en {MaxUrenPerWeek:0} liggen; {NederlandseOpmaak.Uren(uren)} kan niet."));
        }
        else if (decimal.Round(uren.Value, 1) != uren.Value)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.UrenPerWeek), "Geef het aantal uren op met hooguit één decimaal, bijvoorbeeld 4,5."));
        }
    }

    private static void ControleerDirectieActief(Directie directie, DateOnly van, DateOnly? tot, List<Fout> fouten)
    {
        if (directie.ActiefVanaf is { } begin && van < begin)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Van),
                $"{directie.Afkorting} bestaat pas vanaf {NederlandseOpmaak.Datum(begin)}; kies een begindatum op of na die dag."));
        }

        if (directie.ActiefTot is { } einde && (tot is null || tot > einde))
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Tot),
                $"{directie.Afkorting} bestaat tot en met {NederlandseOpmaak.Datum(einde)}; de rol moet uiterlijk dan eindigen."));
        }
    }

    private static void ControleerOverlap(
        RolVoorstel voorstel, IEnumerable<Roltoewijzing> bestaande, Func<Guid, string> persoonsnaam, List<Fout> fouten)
    {
        var zelfdeBereik = bestaande
            .Where(b => b.Rol == voorstel.Rol
                        && b.DirectieId == voorstel.Directie?.Id
                        && b.ClusterId == voorstel.Cluster?.Id
                        && b.OverlaptMet(voorstel.Van, voorstel.Tot))
            .ToList();

        if (zelfdeBereik.FirstOrDefault(b => b.PersoonId == voorstel.Persoon.Id) is { } dubbel)
        {
            fouten.Add(new Fout(nameof(RolVoorstel.Van),
                $"{voorstel.Persoon.Naam} is in deze periode al {voorstel.Rol.Naam().ToLowerInvariant()} "
                + $"({NederlandseOpmaak.Periode(dubbel.Van, dubbel.Tot)}). Perioden van dezelfde rol mogen niet overlappen."));
            return;
        }

        if (voorstel.Rol.IsEnkelvoudig() && zelfdeBereik.FirstOrDefault() is { } ander)
        {
            var waar = voorstel.Directie?.Afkorting ?? voorstel.Cluster?.Naam;
            fouten.Add(new Fout(nameof(RolVoorstel.Van),
                $"{waar} heeft in deze periode al een {voorstel.Rol.Naam().ToLowerInvariant()}: {persoonsnaam(ander.PersoonId)} "
                + $"({NederlandseOpmaak.Periode(ander.Van, ander.Tot)}). Beëindig die toewijzing eerst of kies een latere begindatum."));
        }
    }
}
