using System.Text.Json.Nodes;
using IdCyclus.Modules.Actieplannen.Domain;

namespace IdCyclus.Modules.Actieplannen.Tests.Domain;

public sealed class PlanbestandTests
{
    private const string Geldig = """
        {
          "formaat": "idcyclus-actieplan/1",
          "directie": "DV",
          "jaar": 2024,
          "titel": "Actieplan DV",
          "status": "concept-plan",
          "visie": { "eenJaar": "Dit jaar", "meerjarig": "Tot 2028" },
          "ambitie": { "eenJaar": null, "meerjarig": "Een afspiegeling van de stad" },
          "dimensies": ["gender", "leeftijd"],
          "themas": [3, 5],
          "ankers": { "aanvang van het project": "2024-04-01" },
          "doelen": [
            { "titel": "Bewustwording", "thema": 3, "acties": [
              { "id": "4.1.1", "nummer": "4.1.1", "titel": "Werkgroep aanvullen",
                "smart": { "specifiek": "S", "meetbaar": "M", "acceptabel": "A", "realistisch": "R", "tijdsgebonden": "T" },
                "eigenaar": "Trekker", "kwartaal": "2024-Q2", "termijn": "binnen 3 maanden na goedkeuring", "status": "loopt",
                "voortgang": "Drie leden geworven" }
            ] }
          ],
          "werkgroep": [ { "naam": "Lid 1", "rol": "lid", "urenPerWeek": 4 } ],
          "begroting": {
            "regels": [
              { "post": "Training", "doelgroep": "Management", "bedragCent": 750000 },
              { "post": "Werkgroep", "formule": { "urenPerWeek": 60, "tariefCent": 6000, "weken": 52, "aantal": 1 }, "werkgroep": true }
            ],
            "gesteldeTotalen": [ { "tekst": "€ 194.700", "bron": "1.3", "bedragCent": 19470000 } ]
          },
          "bronopmerkingen": ["Ongedateerd"]
        }
        """;

    [Theory]
    [InlineData("{ \"titel\": \"Plan\" \"jaar\": 2024 }", "Het bestand is geen geldige JSON (regel 1, positie 19).")]
    // Counted in characters as an editor shows them, not in UTF-8 bytes: "ş" and "ü" are two bytes each.
    [InlineData("{ \"titel\": \"Şahin Güler\" \"jaar\": 2024 }", "Het bestand is geen geldige JSON (regel 1, positie 26).")]
    [InlineData("{\n  \"titel\": \"Plan\",\n  \"jaar\": }", "Het bestand is geen geldige JSON (regel 3, positie 11).")]
    public void Geen_geldige_JSON_noemt_regel_en_positie_in_tekens(string json, string melding)
    {
        var fout = Assert.Single(Planbestandlezer.Lees(json).Fouten);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Een_geldig_bestand_wordt_volledig_gelezen()
    {
        var resultaat = Planbestandlezer.Lees(Geldig);

        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten));
        var plan = Assert.Single(resultaat.Waarde!);
        Assert.Equal(("DV", 2024), (plan.Directie, plan.Jaar));
        Assert.Equal("binnen 3 maanden na goedkeuring", plan.Inhoud.AlleActies().Single().Termijn);
        Assert.Equal(new BestandVoortgang(ActieStatus.Loopt, "Drie leden geworven"), plan.Voortgang["4.1.1"]);
        Assert.Equal(18_720_000, plan.Inhoud.Begroting.Regels[1].Formule!.UitkomstCent);
        Assert.Equal(new DateOnly(2024, 4, 1), plan.Inhoud.Ankers["aanvang van het project"]);
    }

    [Fact]
    public void Schrijven_en_weer_lezen_geeft_hetzelfde_plan()
    {
        var eerste = Planbestandlezer.Lees(Geldig).Waarde!.Single();

        var tweede = Planbestandlezer.Lees(Planbestandschrijver.Schrijf([eerste])).Waarde!.Single();

        Assert.Equal(Planbestandschrijver.Schrijf([eerste]), Planbestandschrijver.Schrijf([tweede]));
        Assert.Equal(eerste.Voortgang, tweede.Voortgang);
    }

    [Fact]
    public void Een_lijst_van_plannen_wordt_gelezen_en_een_dubbel_plan_geweigerd()
    {
        var plan = JsonNode.Parse(Geldig)!;
        var twee = new JsonObject { ["actieplannen"] = new JsonArray(plan.DeepClone(), plan.DeepClone()) }.ToJsonString();

        var resultaat = Planbestandlezer.Lees(twee);

        Assert.Equal("$.actieplannen[1]", Assert.Single(resultaat.Fouten).Veld);
    }

    public static TheoryData<string, string, string> Fouten() => new()
    {
        { "formaat ontbreekt", "del:formaat", "$.formaat" },
        { "formaat onbekend", "set:formaat=\"actieplan/2\"", "$.formaat" },
        { "formaat geen tekst", "set:formaat=1", "$.formaat" },
        { "directie ontbreekt", "del:directie", "$.directie" },
        { "directie leeg", "set:directie=\"\"", "$.directie" },
        { "directie getal", "set:directie=12", "$.directie" },
        { "jaar ontbreekt", "del:jaar", "$.jaar" },
        { "jaar tekst", "set:jaar=\"2024\"", "$.jaar" },
        { "jaar breuk", "set:jaar=2024.5", "$.jaar" },
        { "jaar te vroeg", "set:jaar=1999", "$.jaar" },
        { "jaar te laat", "set:jaar=2200", "$.jaar" },
        { "titel geen tekst", "set:titel=[]", "$.titel" },
        { "titel te lang", $"set:titel=\"{new string('x', 301)}\"", "$.titel" },
        { "status onbekend", "set:status=\"klaar\"", "$.status" },
        { "status geaccordeerd zonder goedkeuring", "set:status=\"volledig-plan-geaccordeerd\"", "$.status" },
        { "goedgekeurd zonder geaccordeerde status", "set:goedgekeurd={\"op\":\"2024-05-01\",\"door\":\"D\"}", "$.status" },
        { "goedgekeurd zonder datum", "set:goedgekeurd={\"door\":\"D\"}", "$.goedgekeurd.op" },
        { "goedgekeurd zonder door", "set:goedgekeurd={\"op\":\"2024-05-01\"}", "$.goedgekeurd.door" },
        { "goedgekeurd datum fout", "set:goedgekeurd={\"op\":\"1-5-2024\",\"door\":\"D\"}", "$.goedgekeurd.op" },
        { "goedgekeurd geen object", "set:goedgekeurd=\"ja\"", "$.goedgekeurd" },
        { "visie geen object", "set:visie=\"tekst\"", "$.visie" },
        { "visie eenJaar getal", "set:visie={\"eenJaar\":1}", "$.visie.eenJaar" },
        { "ambitie meerjarig te lang", $"set:ambitie={{\"meerjarig\":\"{new string('x', 4001)}\"}}", "$.ambitie.meerjarig" },
        { "dimensies geen lijst", "set:dimensies=\"gender\"", "$.dimensies" },
        { "dimensie getal", "set:dimensies=[\"gender\",3]", "$.dimensies[1]" },
        { "dimensie leeg", "set:dimensies=[\"\"]", "$.dimensies[0]" },
        { "themas geen lijst", "set:themas=3", "$.themas" },
        { "thema tekst", "set:themas=[\"Leiderschap\"]", "$.themas[0]" },
        { "thema onbekend", "set:themas=[9]", "$.themas[0]" },
        { "thema nul", "set:themas=[0]", "$.themas[0]" },
        { "thema dubbel", "set:themas=[3,3]", "$.themas[1]" },
        { "ankers geen object", "set:ankers=[]", "$.ankers" },
        { "anker geen datum", "set:ankers={\"start\":\"april\"}", "$.ankers.start" },
        { "anker getal", "set:ankers={\"start\":20240401}", "$.ankers.start" },
        { "doelen geen lijst", "set:doelen={}", "$.doelen" },
        { "doel geen object", "set:doelen=[\"doel\"]", "$.doelen[0]" },
        { "doel zonder titel", "del:doelen[0].titel", "$.doelen[0].titel" },
        { "doel thema onbekend", "set:doelen[0].thema=12", "$.doelen[0].thema" },
        { "doel thema tekst", "set:doelen[0].thema=\"drie\"", "$.doelen[0].thema" },
        { "acties geen lijst", "set:doelen[0].acties=\"a\"", "$.doelen[0].acties" },
        { "actie geen object", "set:doelen[0].acties=[1]", "$.doelen[0].acties[0]" },
        { "actie zonder titel", "del:doelen[0].acties[0].titel", "$.doelen[0].acties[0].titel" },
        { "actie titel leeg", "set:doelen[0].acties[0].titel=\"  \"", "$.doelen[0].acties[0].titel" },
        { "actie kwartaal fout", "set:doelen[0].acties[0].kwartaal=\"Kwartaal 2\"", "$.doelen[0].acties[0].kwartaal" },
        { "actie kwartaal Q5", "set:doelen[0].acties[0].kwartaal=\"2024-Q5\"", "$.doelen[0].acties[0].kwartaal" },
        { "actie termijn onleesbaar", "set:doelen[0].acties[0].termijn=\"zo snel mogelijk\"", "$.doelen[0].acties[0].termijn" },
        { "actie termijn datum fout", "set:doelen[0].acties[0].termijn=\"2024-13-01\"", "$.doelen[0].acties[0].termijn" },
        { "actie status onbekend", "set:doelen[0].acties[0].status=\"bezig\"", "$.doelen[0].acties[0].status" },
        { "actie voortgang te lang", $"set:doelen[0].acties[0].voortgang=\"{new string('x', 1001)}\"", "$.doelen[0].acties[0].voortgang" },
        { "actie smart geen object", "set:doelen[0].acties[0].smart=\"SMART\"", "$.doelen[0].acties[0].smart" },
        { "actie smart veld getal", "set:doelen[0].acties[0].smart={\"meetbaar\":5}", "$.doelen[0].acties[0].smart.meetbaar" },
        { "actie eigenaar getal", "set:doelen[0].acties[0].eigenaar=1", "$.doelen[0].acties[0].eigenaar" },
        { "actie nummer te lang", $"set:doelen[0].acties[0].nummer=\"{new string('1', 21)}\"", "$.doelen[0].acties[0].nummer" },
        { "actie id dubbel", "add:doelen[0].acties={\"id\":\"4.1.1\",\"titel\":\"Nog een\"}", "$.doelen[0].acties[1].id" },
        { "werkgroep geen lijst", "set:werkgroep={}", "$.werkgroep" },
        { "werkgroeplid zonder naam", "set:werkgroep=[{\"urenPerWeek\":4}]", "$.werkgroep[0].naam" },
        { "werkgroeplid uren tekst", "set:werkgroep=[{\"naam\":\"A\",\"urenPerWeek\":\"4\"}]", "$.werkgroep[0].urenPerWeek" },
        { "werkgroeplid uren negatief", "set:werkgroep=[{\"naam\":\"A\",\"urenPerWeek\":-1}]", "$.werkgroep[0].urenPerWeek" },
        { "werkgroeplid uren te veel", "set:werkgroep=[{\"naam\":\"A\",\"urenPerWeek\":41}]", "$.werkgroep[0].urenPerWeek" },
        { "begroting geen object", "set:begroting=[]", "$.begroting" },
        { "regels geen lijst", "set:begroting.regels=5", "$.begroting.regels" },
        { "regel zonder post", "del:begroting.regels[0].post", "$.begroting.regels[0].post" },
        { "regel bedrag in euro als tekst", "set:begroting.regels[0].bedragCent=\"7.500\"", "$.begroting.regels[0].bedragCent" },
        { "regel bedrag breuk", "set:begroting.regels[0].bedragCent=7500.5", "$.begroting.regels[0].bedragCent" },
        { "regel bedrag negatief", "set:begroting.regels[0].bedragCent=-100", "$.begroting.regels[0].bedragCent" },
        { "regel zonder bedrag en formule", "del:begroting.regels[0].bedragCent", "$.begroting.regels[0].bedragCent" },
        { "formule zonder uren", "del:begroting.regels[1].formule.urenPerWeek", "$.begroting.regels[1].formule.urenPerWeek" },
        { "formule zonder tarief", "del:begroting.regels[1].formule.tariefCent", "$.begroting.regels[1].formule.tariefCent" },
        { "formule zonder weken", "del:begroting.regels[1].formule.weken", "$.begroting.regels[1].formule.weken" },
        { "formule weken te veel", "set:begroting.regels[1].formule.weken=60", "$.begroting.regels[1].formule.weken" },
        { "formule tarief nul", "set:begroting.regels[1].formule.tariefCent=0", "$.begroting.regels[1].formule.tariefCent" },
        { "formule uren nul", "set:begroting.regels[1].formule.urenPerWeek=0", "$.begroting.regels[1].formule.urenPerWeek" },
        { "formule aantal negatief", "set:begroting.regels[1].formule.aantal=-2", "$.begroting.regels[1].formule.aantal" },
        { "formule geen object", "set:begroting.regels[1].formule=60", "$.begroting.regels[1].formule" },
        { "werkgroep-vlag tekst", "set:begroting.regels[1].werkgroep=\"ja\"", "$.begroting.regels[1].werkgroep" },
        { "gesteld totaal zonder tekst", "del:begroting.gesteldeTotalen[0].tekst", "$.begroting.gesteldeTotalen[0].tekst" },
        { "gesteld totaal bedrag tekst", "set:begroting.gesteldeTotalen[0].bedragCent=\"194700\"", "$.begroting.gesteldeTotalen[0].bedragCent" },
        { "gesteldeTotalen geen lijst", "set:begroting.gesteldeTotalen={}", "$.begroting.gesteldeTotalen" },
        { "bronopmerking getal", "set:bronopmerkingen=[1]", "$.bronopmerkingen[0]" },
    };

    [Theory]
    [MemberData(nameof(Fouten))]
    public void Een_fout_bestand_wordt_geweigerd_met_het_JSON_pad_en_een_Nederlandse_melding(string omschrijving, string wijziging, string pad)
    {
        var resultaat = Planbestandlezer.Lees(Pas(wijziging));

        Assert.False(resultaat.IsGelukt, omschrijving);
        Assert.Null(resultaat.Waarde);
        Assert.Contains(resultaat.Fouten, f => f.Veld == pad);
        Assert.All(resultaat.Fouten, f => Assert.False(string.IsNullOrWhiteSpace(f.Melding)));
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{ \"formaat\": ", "$")]
    [InlineData("[1, 2]", "$")]
    [InlineData("\"plan\"", "$")]
    [InlineData("{ \"actieplannen\": [] }", "$.actieplannen")]
    [InlineData("{ \"actieplannen\": {} }", "$.actieplannen")]
    [InlineData("{ \"actieplannen\": [1] }", "$.actieplannen[0]")]
    public void Een_bestand_dat_geen_actieplan_is_wordt_geweigerd(string json, string pad)
    {
        Assert.Equal(pad, Planbestandlezer.Lees(json).Fouten[0].Veld);
    }

    [Fact]
    public void Alle_fouten_van_een_bestand_komen_tegelijk()
    {
        var fouten = Planbestandlezer.Lees(Pas("del:directie", "set:jaar=\"x\"", "set:themas=[9]")).Fouten.Select(f => f.Veld).ToList();

        Assert.Contains("$.directie", fouten);
        Assert.Contains("$.jaar", fouten);
    }

    /// <summary>Applies "set:pad=json", "del:pad" or "add:pad=json" (append to a list) to the valid file.</summary>
    private static string Pas(params string[] wijzigingen)
    {
        var wortel = JsonNode.Parse(Geldig)!.AsObject();
        foreach (var wijziging in wijzigingen)
        {
            var soort = wijziging[..3];
            var rest = wijziging[4..];
            var (pad, waarde) = rest.IndexOf('=') is var i and >= 0 ? (rest[..i], rest[(i + 1)..]) : (rest, null);
            var delen = pad.Replace("]", "", StringComparison.Ordinal).Split('.');
            JsonNode ouder = wortel;
            foreach (var deel in delen[..^1])
            {
                ouder = Stap(ouder, deel);
            }

            var laatste = delen[^1];
            switch (soort)
            {
                case "del":
                    ouder.AsObject().Remove(laatste);
                    break;
                case "add":
                    Stap(ouder, laatste).AsArray().Add(JsonNode.Parse(waarde!));
                    break;
                default:
                    ouder.AsObject()[laatste] = JsonNode.Parse(waarde!);
                    break;
            }
        }

        return wortel.ToJsonString();
    }

    private static JsonNode Stap(JsonNode node, string deel)
    {
        var stukken = deel.Split('[');
        var volgende = node[stukken[0]]!;
        return stukken.Length == 2 ? volgende[int.Parse(stukken[1], System.Globalization.CultureInfo.InvariantCulture)]! : volgende;
    }
}

public sealed class VoorbeeldbestandTests
{
    [Fact]
    public void Het_voorbeeld_in_de_documentatie_is_geldig_en_toont_het_afwijkende_totaal()
    {
        var map = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(map!.FullName, "IdCyclus.sln")))
        {
            map = map.Parent;
        }

        var resultaat = Planbestandlezer.Lees(File.ReadAllText(Path.Combine(map.FullName, "docs", "voorbeelden", "actieplan-voorbeeld.json")));

        Assert.True(resultaat.IsGelukt, string.Join("; ", resultaat.Fouten));
        var plan = Assert.Single(resultaat.Waarde!);
        var begroting = Begrotingscontrole.Bereken(plan.Inhoud.Begroting, 4);
        Assert.Equal(2_160_000, begroting.TotaalCent);
        Assert.Contains(
            begroting.Afwijkingen, a => a.Uitleg.Contains("som van de begrotingsregels is € 21.600 (verschil € 3.400)", StringComparison.Ordinal));
        Assert.All(plan.Inhoud.AlleActies(), a => Assert.True(Termijnen.ProbeerLees(a.Termijn, out var t) && t.IsRelatief));
    }
}
