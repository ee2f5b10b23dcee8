namespace IdCyclus.Workflows.Lezen;

// The checks between steps, which need all steps: unique ids, references, cycles, anchors.
internal sealed partial class DefinitieLezing
{
    private void ControleerTussenStappen()
    {
        var perId = new Dictionary<string, StapInfo>(StringComparer.Ordinal);
        foreach (var stap in alleStappen.Where(stap => stap.Id is not null))
        {
            if (!perId.TryAdd(stap.Id!, stap))
            {
                Fout(Pad(stap.Pad, "id"),
                    $"Stap-id '{stap.Id}' komt al voor bij {perId[stap.Id!].Pad}. Stap-ids zijn uniek in de hele definitie, ook binnen perItem-stappen.");
            }
        }

        var zonderKring = new HashSet<StappenLijst>();
        foreach (var lijst in lijsten)
        {
            var verbonden = Verwijzingen(lijst, perId);
            if (Kringen(lijst, verbonden))
            {
                zonderKring.Add(lijst);
            }
        }

        foreach (var stap in alleStappen)
        {
            foreach (var (ankerId, pad) in stap.Ankers)
            {
                Anker(stap, ankerId, pad, perId, zonderKring);
            }
        }
    }

    /// <summary>Resolves naStappen within each list; returns the edges (step → the steps it waits for) that resolved.</summary>
    private Dictionary<StapInfo, List<StapInfo>> Verwijzingen(StappenLijst lijst, Dictionary<string, StapInfo> perId)
    {
        var inLijst = new Dictionary<string, StapInfo>(StringComparer.Ordinal);
        foreach (var stap in lijst.Stappen.Where(stap => stap.Id is not null))
        {
            inLijst.TryAdd(stap.Id!, stap);
        }

        var verbonden = lijst.Stappen.ToDictionary(stap => stap, _ => new List<StapInfo>());
        foreach (var stap in lijst.Stappen)
        {
            foreach (var (verwijzing, pad) in stap.NaStappen)
            {
                if (verwijzing == stap.Id)
                {
                    Fout(pad, $"Stap '{stap.Id}' kan niet na zichzelf komen.");
                }
                else if (inLijst.TryGetValue(verwijzing, out var voorganger))
                {
                    verbonden[stap].Add(voorganger);
                }
                else if (perId.TryGetValue(verwijzing, out var elders))
                {
                    Fout(pad, AndereLijst(stap, elders));
                }
                else
                {
                    var suggestie = Suggesties.Voor(verwijzing, inLijst.Keys.Where(id => id != stap.Id).ToList());
                    Fout(pad, $"Onbekende stap '{verwijzing}' in naStappen.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} "
                        + (inLijst.Count > 1
                            ? $"Stappen in deze lijst: {string.Join(", ", inLijst.Keys.Where(id => id != stap.Id))}."
                            : "Deze lijst heeft geen andere stappen."));
                }
            }
        }

        return verbonden;
    }

    private static string AndereLijst(StapInfo stap, StapInfo elders)
    {
        const string regel = "naStappen verwijst alleen naar stappen in dezelfde lijst";
        if (stap.Lijst.Ouder is { } ouder)
        {
            return $"Stap '{elders.Id}' staat niet in dezelfde lijst als '{stap.Id}'; {regel}. "
                + (elders.Lijst.Ouder is null
                    ? $"Stappen binnen perItem '{ouder.Id}' starten pas als '{ouder.Id}' start: zet '{elders.Id}' in de naStappen van '{ouder.Id}'."
                    : $"'{elders.Id}' hoort bij perItem '{elders.Lijst.Ouder.Id}', een andere fan-out.");
        }

        return $"Stap '{elders.Id}' staat binnen perItem '{elders.Lijst.Ouder!.Id}' en loopt per item; {regel}. "
            + $"Wacht op '{elders.Lijst.Ouder.Id}' zelf: die is voltooid als alle items klaar zijn.";
    }

    /// <summary>Reports each cycle once; true when the list has none.</summary>
    private bool Kringen(StappenLijst lijst, Dictionary<StapInfo, List<StapInfo>> verbonden)
    {
        var kleur = lijst.Stappen.ToDictionary(stap => stap, _ => 0);
        var pad = new List<StapInfo>();
        var gemeld = new HashSet<string>();

        void Bezoek(StapInfo stap)
        {
            kleur[stap] = 1;
            pad.Add(stap);
            foreach (var voorganger in verbonden[stap])
            {
                if (kleur[voorganger] == 0)
                {
                    Bezoek(voorganger);
                }
                else if (kleur[voorganger] == 1)
                {
                    var kring = pad.Skip(pad.IndexOf(voorganger)).ToList();
                    var eerste = kring.MinBy(lijst.Stappen.IndexOf)!;
                    var start = kring.IndexOf(eerste);
                    var geordend = kring.Skip(start).Concat(kring.Take(start)).ToList();
                    var tekst = string.Join(" → ", geordend.Append(eerste).Select(s => $"'{s.Id}'"));
                    if (gemeld.Add(tekst))
                    {
                        Fout(Pad(eerste.Pad, "naStappen"),
                            $"Kringverwijzing in naStappen: {tekst} (elke stap wacht op de volgende), dus geen van deze stappen kan ooit starten.");
                    }
                }
            }

            pad.RemoveAt(pad.Count - 1);
            kleur[stap] = 2;
        }

        foreach (var stap in lijst.Stappen.Where(stap => kleur[stap] == 0))
        {
            Bezoek(stap);
        }

        if (gemeld.Count > 0)
        {
            return false;
        }

        lijst.Verbonden = verbonden;
        return true;
    }

    private void Anker(StapInfo stap, string ankerId, string pad, Dictionary<string, StapInfo> perId, HashSet<StappenLijst> zonderKring)
    {
        if (ankerId == stap.Id)
        {
            Fout(pad, $"Stap '{stap.Id}' kan niet rekenen vanaf zijn eigen voltooiing: die ligt altijd later dan zijn start. "
                + "Reken vanaf \"start\" of een eerdere stap.");
            return;
        }

        if (!perId.TryGetValue(ankerId, out var anker))
        {
            var suggestie = Suggesties.Voor(ankerId, perId.Keys.ToList());
            Fout(pad, $"Onbekende stap '{ankerId}' in 'vanaf'.{(suggestie is null ? "" : $" Bedoelde je 'stap:{suggestie}'?")}");
            return;
        }

        if (!zonderKring.Contains(stap.Lijst) || (stap.Lijst.Ouder is { } ouder && !zonderKring.Contains(ouder.Lijst)))
        {
            return;
        }

        if (Voorafgaand(stap).Contains(anker))
        {
            return;
        }

        if (anker == stap.Lijst.Ouder)
        {
            Fout(pad, $"Stap '{stap.Id}' loopt binnen perItem '{ankerId}', en '{ankerId}' is pas voltooid als alle items klaar zijn, dus ook na '{stap.Id}'. "
                + $"Reken vanaf \"start\" of vanaf een eerdere stap binnen '{ankerId}'.");
            return;
        }

        if (anker.Lijst.Ouder is { } fanOut && fanOut != stap.Lijst.Ouder)
        {
            Fout(pad, $"Stap '{ankerId}' hoort bij perItem '{fanOut.Id}' en wordt per item voltooid, dus er valt vanuit '{stap.Id}' niet vanaf te rekenen. "
                + $"Reken vanaf 'stap:{fanOut.Id}' (voltooid als alle items klaar zijn), als '{fanOut.Id}' aan '{stap.Id}' voorafgaat.");
            return;
        }

        Fout(pad, $"Stap '{ankerId}' is niet zeker voltooid wanneer '{stap.Id}' start, dus er valt niet vanaf te rekenen. "
            + (anker.Lijst == stap.Lijst
                ? $"Neem '{ankerId}' (direct of via andere stappen) op in de naStappen van '{stap.Id}'."
                : $"Neem '{ankerId}' (direct of via andere stappen) op in de naStappen van perItem '{stap.Lijst.Ouder!.Id}'."));
    }

    /// <summary>
    /// The steps that have always completed when <paramref name="stap"/> starts: its predecessors and theirs, and, for a
    /// nested step, those of its fan-out. A join waiting for k of n predecessors guarantees only what at least n − k + 1
    /// of them guarantee (for "een": what all of them do).
    /// </summary>
    private static HashSet<StapInfo> Voorafgaand(StapInfo stap)
    {
        var lijst = stap.Lijst;
        var verbonden = lijst.Verbonden!;
        var geheugen = new Dictionary<StapInfo, HashSet<StapInfo>>();

        HashSet<StapInfo> Zeker(StapInfo s)
        {
            if (geheugen.TryGetValue(s, out var bekend))
            {
                return bekend;
            }

            var perVoorganger = verbonden[s].Select(v => new HashSet<StapInfo>(Zeker(v)) { v }).ToList();
            var n = perVoorganger.Count;
            var k = s.Soort == StapSoort.Samenvoegen
                ? s.Wacht switch { Wachtwijze.Een => 1, Wachtwijze.Aantal when s.Aantal is { } aantal => aantal, _ => n }
                : n;
            var zeker = perVoorganger.SelectMany(set => set).Distinct()
                .Where(kandidaat => perVoorganger.Count(set => set.Contains(kandidaat)) > n - k)
                .ToHashSet();
            geheugen[s] = zeker;
            return zeker;
        }

        var resultaat = Zeker(stap);
        if (lijst.Ouder is { } ouder)
        {
            resultaat = [.. resultaat, .. Voorafgaand(ouder)];
        }

        return resultaat;
    }
}
