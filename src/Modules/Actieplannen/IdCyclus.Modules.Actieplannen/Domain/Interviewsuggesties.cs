using IdCyclus.Modules.Actieplannen.Contracts;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>
/// What the plan says about questionnaire items 3, 5, 6, 7 and 9 (the 2024 wording). Only what the plan's data can
/// carry is suggested: a werkgroep's hours show whether it is formalised (item 3 option 3), but not whether an informal
/// group "functions", so that case gets no suggestion. Each suggestion says where it comes from.
/// </summary>
internal static class Interviewsuggesties
{
    public const decimal UrenGeformaliseerd = 2;

    public static IReadOnlyList<InterviewSuggestie> Voor(int jaar, int versie, DateOnly? goedgekeurdOp, Planinhoud plan, decimal? trekkerUren)
    {
        var bron = goedgekeurdOp is { } op
            ? $"actieplan {jaar}, versie {versie}, goedgekeurd op {Shared.Nederlands.Datum(op)}"
            : $"actieplan {jaar}, versie {versie} (nog niet goedgekeurd)";
        var suggesties = new List<InterviewSuggestie>();
        if (plan.Werkgroep.Count == 0)
        {
            suggesties.Add(new InterviewSuggestie("3", 0, $"Het {bron} noemt geen werkgroepleden."));
        }
        else if (plan.Werkgroep.All(w => w.UrenPerWeek >= UrenGeformaliseerd))
        {
            suggesties.Add(new InterviewSuggestie("3", 3,
                $"Het {bron} noemt {plan.Werkgroep.Count} werkgroepleden, elk met minimaal {UrenGeformaliseerd:0} uur per week"
                + (trekkerUren > 0 ? $" (trekker(s) samen {Begrotingscontrole.Getal(trekkerUren.Value)} uur)" : "")
                + "."));
        }

        suggesties.Add(new InterviewSuggestie("5", (int)plan.Status, $"Status volgens het {bron}: {Wijzigingen.Statusnaam(plan.Status)}."));

        var meerjarig = !string.IsNullOrWhiteSpace(plan.Visie.Meerjarig) || !string.IsNullOrWhiteSpace(plan.Ambitie.Meerjarig);
        var eenJaar = !string.IsNullOrWhiteSpace(plan.Visie.EenJaar) || !string.IsNullOrWhiteSpace(plan.Ambitie.EenJaar);
        suggesties.Add(meerjarig
            ? new InterviewSuggestie("6", 2, $"Het {bron} bevat een meerjarige visie of ambitie.")
            : eenJaar
                ? new InterviewSuggestie("6", 1, $"Het {bron} bevat alleen een visie of ambitie voor één jaar.")
                : new InterviewSuggestie("6", 0, $"Het {bron} bevat geen visie of ambitie."));

        var acties = plan.AlleActies().ToList();
        if (plan.Doelen.Count == 0)
        {
            suggesties.Add(new InterviewSuggestie("7", 0, $"Het {bron} bevat geen doelen."));
        }
        else
        {
            var gekoppeld = plan.Doelen.Count(d => d.Thema is not null) + (plan.Themas.Count > 0 ? 1 : 0) > 0;
            var smart = acties.Count > 0 && acties.All(a => a.Smart.IsVolledig);
            suggesties.Add(gekoppeld && smart
                ? new InterviewSuggestie("7", 3,
                    $"Het {bron} heeft {plan.Doelen.Count} doel(en), gekoppeld aan thema's van de Bestuursopdracht, "
                    + $"en alle {acties.Count} acties zijn SMART uitgewerkt.")
                : gekoppeld
                    ? new InterviewSuggestie("7", 2,
                        $"Het {bron} heeft {plan.Doelen.Count} doel(en) met een link naar thema's van de Bestuursopdracht, "
                        + $"maar {acties.Count(a => !a.Smart.IsVolledig)} van de {acties.Count} acties zijn niet SMART uitgewerkt.")
                    : new InterviewSuggestie("7", 1, $"Het {bron} heeft {plan.Doelen.Count} doel(en), zonder koppeling aan thema's van de Bestuursopdracht."));
        }

        var totaal = Begrotingscontrole.Bereken(plan.Begroting, null).TotaalCent;
        if (totaal > 0)
        {
            suggesties.Add(new InterviewSuggestie("9", 3,
                $"Het {bron} heeft een begroting van {Bedragen.Tekst(totaal)} in {plan.Begroting.Regels.Count} regels."));
        }

        return suggesties;
    }
}
