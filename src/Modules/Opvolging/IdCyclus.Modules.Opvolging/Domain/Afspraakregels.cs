using IdCyclus.Shared;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Opvolging.Domain;

/// <summary>An agreement as somebody proposes it on the sturing page or in a duidingsgesprek, before it is recorded.</summary>
internal sealed record Afspraakvoorstel(
    Afspraaksoort Soort,
    Afspraakbron Bron,
    Guid? DirectieId,
    Guid? EigenaarId,
    string? Omschrijving,
    DateOnly VastgelegdOp,
    DateOnly? Deadline,
    decimal? MinimaleUren);

/// <summary>
/// The rules an agreement and its changes must keep. Like RolRegels they return every problem at once, each tied to the
/// field it belongs to, so a form shows them all next to their fields.
/// </summary>
internal static class Afspraakregels
{
    public const int MaxOmschrijving = 500;
    public const int MaxToelichting = 2000;

    /// <summary>Organisatie's own ceiling for a trekker's hours; an agreement asking more could never be met.</summary>
    public const decimal MaxUrenPerWeek = 40m;

    public static IReadOnlyList<Fout> Controleer(Afspraakvoorstel voorstel)
    {
        var fouten = new List<Fout>();
        if (voorstel.DirectieId is null)
        {
            fouten.Add(new Fout(nameof(Afspraakvoorstel.DirectieId), "Kies de directie waarvoor de afspraak geldt."));
        }

        if (voorstel.EigenaarId is null)
        {
            fouten.Add(new Fout(nameof(Afspraakvoorstel.EigenaarId), "Kies wie de afspraak moet nakomen (meestal de directeur)."));
        }

        ControleerOmschrijving(voorstel, fouten);
        ControleerDeadline(voorstel, fouten);
        ControleerUren(voorstel, fouten);
        return fouten;
    }

    /// <summary>Moving a deadline needs a reason and a new day that is neither the current one nor already past.</summary>
    public static IReadOnlyList<Fout> ControleerVerschuiving(Afspraak afspraak, DateOnly? nieuweDeadline, string? reden, DateOnly vandaag)
    {
        var fouten = new List<Fout>();
        if (afspraak.IsAfgesloten)
        {
            fouten.Add(new Fout(nameof(Afspraak.HuidigeDeadline), "Deze afspraak is afgesloten; de deadline kan niet meer veranderen."));
            return fouten;
        }

        if (nieuweDeadline is not { } nieuw)
        {
            fouten.Add(new Fout(nameof(Afspraak.HuidigeDeadline), "Vul de nieuwe deadline in."));
        }
        else if (nieuw == afspraak.HuidigeDeadline)
        {
            fouten.Add(new Fout(nameof(Afspraak.HuidigeDeadline), $"De deadline is al {Nederlands.Datum(nieuw)}; kies een andere dag."));
        }
        else if (nieuw < vandaag)
        {
            fouten.Add(new Fout(nameof(Afspraak.HuidigeDeadline), $"De nieuwe deadline {Nederlands.Datum(nieuw)} ligt in het verleden."));
        }

        VerplichteTekst(reden, nameof(Deadlineverschuiving.Reden), "Vul in waarom de deadline verschuift.", fouten);
        return fouten;
    }

    /// <summary>
    /// Closing by hand: "done" needs evidence (a note or a link), "dropped" a reason. A system-checked kind may also be
    /// closed by hand, for the case the system cannot see (a trekker appointed outside Organisatie's register).
    /// </summary>
    public static IReadOnlyList<Fout> ControleerAfsluiting(Afspraak afspraak, bool gedaan, string? toelichting)
    {
        var fouten = new List<Fout>();
        if (afspraak.IsAfgesloten)
        {
            fouten.Add(new Fout(nameof(Afsluiting.Toelichting), "Deze afspraak is al afgesloten."));
            return fouten;
        }

        VerplichteTekst(
            toelichting,
            nameof(Afsluiting.Toelichting),
            gedaan ? "Vul het bewijs in: een toelichting of een link naar het plan of de benoeming." : "Vul in waarom de afspraak vervalt.",
            fouten);
        return fouten;
    }

    /// <summary>A progress report needs a text; a closed agreement takes none, its story has ended.</summary>
    public static IReadOnlyList<Fout> ControleerVoortgang(Afspraak afspraak, string? toelichting)
    {
        var fouten = new List<Fout>();
        if (afspraak.IsAfgesloten)
        {
            fouten.Add(new Fout(nameof(Afsluiting.Toelichting), "Deze afspraak is afgesloten; voortgang melden kan niet meer."));
            return fouten;
        }

        VerplichteTekst(toelichting, nameof(Afsluiting.Toelichting), "Vul in hoe het met de afspraak staat.", fouten);
        return fouten;
    }

    private static void ControleerOmschrijving(Afspraakvoorstel voorstel, List<Fout> fouten)
    {
        var veld = nameof(Afspraakvoorstel.Omschrijving);
        if (voorstel.Soort == Afspraaksoort.Overig && string.IsNullOrWhiteSpace(voorstel.Omschrijving))
        {
            fouten.Add(new Fout(veld, "Beschrijf wat er is afgesproken."));
        }
        else if (voorstel.Omschrijving is { Length: > MaxOmschrijving } tekst)
        {
            fouten.Add(new Fout(veld, $"De omschrijving is {tekst.Length} tekens; maximaal {MaxOmschrijving}."));
        }
    }

    private static void ControleerDeadline(Afspraakvoorstel voorstel, List<Fout> fouten)
    {
        var veld = nameof(Afspraakvoorstel.Deadline);
        if (voorstel.Deadline is not { } deadline)
        {
            fouten.Add(new Fout(veld, "Vul de deadline in."));
        }
        else if (deadline <= voorstel.VastgelegdOp)
        {
            fouten.Add(new Fout(veld, $"De deadline moet na de dag van de afspraak ({Nederlands.Datum(voorstel.VastgelegdOp)}) liggen."));
        }
    }

    private static void ControleerUren(Afspraakvoorstel voorstel, List<Fout> fouten)
    {
        var veld = nameof(Afspraakvoorstel.MinimaleUren);
        if (voorstel.Soort != Afspraaksoort.TrekkerBenoemd)
        {
            if (voorstel.MinimaleUren is not null)
            {
                fouten.Add(new Fout(veld, "Alleen een afspraak over de trekker heeft een minimum aantal uren."));
            }

            return;
        }

        if (voorstel.MinimaleUren is not { } uren)
        {
            fouten.Add(new Fout(veld, "Vul in hoeveel uur per week de trekker minimaal moet hebben."));
        }
        else if (uren <= 0 || uren > MaxUrenPerWeek)
        {
            fouten.Add(new Fout(veld, $"Het aantal uren per week ligt tussen 0 en {MaxUrenPerWeek:0}."));
        }
    }

    private static void VerplichteTekst(string? tekst, string veld, string leegMelding, List<Fout> fouten)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            fouten.Add(new Fout(veld, leegMelding));
        }
        else if (tekst.Length > MaxToelichting)
        {
            fouten.Add(new Fout(veld, $"De tekst is {tekst.Length} tekens; maximaal {MaxToelichting}."));
        }
    }
}
