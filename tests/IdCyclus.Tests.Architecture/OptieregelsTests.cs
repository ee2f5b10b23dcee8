namespace IdCyclus.Tests.Architecture;

/// <summary>The options rule fails on each kind of made-up violation, so an empty result on the real code means something.</summary>
public sealed class OptieregelsTests
{
    [Theory]
    [InlineData("services.Configure<SmtpSettings>(configuratie.GetSection(SmtpSettings.Sectie));", "SmtpSettings is aan configuratie gebonden")]
    [InlineData("var d = configuratie.GetSection(\"Database\").Get<DatabaseOpties>();", "sectie '\"Database\"' rechtstreeks")]
    [InlineData("services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Sectie);", "PdfOptions is aan configuratie gebonden")]
    [InlineData("var pad = configuratie[\"Rapportage:Chromium\"];", "leest een configuratiesleutel rechtstreeks")]
    [InlineData("var aan = builder.Configuration.GetValue(\"Vragenlijst:DemoInterviews\", true);", "leest een configuratiesleutel rechtstreeks")]
    [InlineData("internal sealed class ProxyOptions", "klasse ProxyOptions hoort ProxyOpties te heten")]
    [InlineData("public sealed class MailInstellingen", "klasse MailInstellingen hoort MailOpties te heten")]
    [InlineData("internal sealed class PdfOpties { public string? Pad { get; set; } }", "PdfOpties noemt zijn sectie niet")]
    public void Een_optieklasse_die_anders_heet_of_een_sleutel_die_rechtstreeks_gelezen_wordt_wordt_gemeld(string regel, string verwacht)
    {
        var meldingen = Optieregels.OptiesEenduidig(new Dictionary<string, string> { ["src/X/Y.cs"] = $"namespace X;\n{regel}\n" });

        Assert.Contains(meldingen, m => m.StartsWith("src/X/Y.cs:2: ", StringComparison.Ordinal) && m.Contains(verwacht, StringComparison.Ordinal));
    }

    [Fact]
    public void Een_optieklasse_met_sectie_die_zo_gebonden_en_gelezen_wordt_is_in_orde()
    {
        var bron = """
            namespace X;
            internal sealed class PdfOpties
            {
                public const string Sectie = "Pdf";
            }
            public static class ModuleDbContextOptions { }
            // configuratie["Pdf:Pad"] in a comment names what it warns against
            services.Configure<PdfOpties>(configuratie.GetSection(PdfOpties.Sectie));
            services.AddOptions<PdfOpties>().BindConfiguration(PdfOpties.Sectie);
            var o = configuratie.GetSection(PdfOpties.Sectie).Get<PdfOpties>();
            builder.Services.Configure<CookiePolicyOptions>(opties => opties.Secure = true);
            """;

        Assert.Empty(Optieregels.OptiesEenduidig(new Dictionary<string, string> { ["src/X/Y.cs"] = bron }));
    }
}
