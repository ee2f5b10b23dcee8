using IdCyclus.Workflows.Runtime.Lezen;
using IdCyclus.Workflows.Runtime.Motor;
using IdCyclus.Workflows.Runtime.Persistence;
using MimeKit;

namespace IdCyclus.Workflows.Runtime.Tests.Mail;

public sealed class MailOpmaakTests
{
    private static readonly SmtpOpties Opties = new() { Afzender = "afzender@voorbeeld.example", AfzenderNaam = "Het Bureau" };

    internal static WorkflowBericht Voorbeeld(
        string sleutel = "taak:1:toegewezen:p1:Mail",
        string onderwerp = "Nieuwe taak: Kies een vertegenwoordiger (Eenheid 1)") => new Bericht
    {
        Sleutel = sleutel,
        OntvangerNaam = "Hoofd e1",
        OntvangerAdres = "hoofd.e1@voorbeeld.example",
        Onderwerp = onderwerp,
        Tekst = "Beste Hoofd e1,\n\nEr staat een nieuwe taak voor u klaar in Kies een vertegenwoordiger.\nDeadline: vrijdag 3 juli 2026 om 17:00." +
                "\n\nDe taak ‘Kies een vertegenwoordiger’ openen: https://app.voorbeeld.example/taken/42\n\nMet vriendelijke groet,\nHet Bureau",
        Link = "https://app.voorbeeld.example/taken/42",
        AangemaaktOpUtc = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc),
    }.AlsRecord();

    [Fact]
    public void Een_mail_is_multipart_alternative_met_de_opgeslagen_tekst_en_een_html_deel()
    {
        var bericht = Voorbeeld();
        using var mail = MailOpmaak.Maak(bericht, Opties);

        var delen = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal(2, delen.Count);
        var tekst = Assert.IsType<TextPart>(delen[0]);
        var html = Assert.IsType<TextPart>(delen[1]);
        Assert.True(tekst.IsPlain);
        Assert.True(html.IsHtml);
        Assert.Equal(bericht.Tekst, tekst.Text.Replace("\r\n", "\n").TrimEnd('\n'));
        Assert.Equal(bericht.Onderwerp, mail.Subject);
        Assert.Equal("hoofd.e1@voorbeeld.example", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Het Bureau", Assert.Single(mail.From.Mailboxes).Name);
        Assert.Equal(bericht.Sleutel, mail.Headers["X-IdCyclus-Sleutel"]);
    }

    [Fact]
    public void Het_html_deel_is_nederlands_met_een_kop_een_beschrijvende_link_en_geen_afbeeldingen()
    {
        var html = MailOpmaak.Html(Voorbeeld(), "Het Bureau");

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("<title>Nieuwe taak: Kies een vertegenwoordiger (Eenheid 1)</title>", html);
        Assert.Equal(1, Aantal(html, "<h1"));
        Assert.Contains(">Nieuwe taak: Kies een vertegenwoordiger (Eenheid 1)</h1>", html);
        // The label before the URL is the link text; the bare address is not shown as text.
        Assert.Matches("<a href=\"https://app.voorbeeld.example/taken/42\"[^>]*>De taak ‘Kies een vertegenwoordiger’ openen</a>", html);
        Assert.Equal(1, Aantal(html, "https://app.voorbeeld.example/taken/42"));
        Assert.Contains("Er staat een nieuwe taak voor u klaar in Kies een vertegenwoordiger.<br>\nDeadline: vrijdag 3 juli 2026 om 17:00.", html);
        Assert.Contains("Met vriendelijke groet,<br>\nHet Bureau", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("url(", html);
    }

    [Fact]
    public void Tekst_uit_de_database_wordt_in_html_gecodeerd()
    {
        var bericht = Voorbeeld(onderwerp: "Taak <script>alert(1)</script> & meer");
        var html = MailOpmaak.Html(bericht, "A & B");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Taak &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer", html);
        Assert.Contains("A &amp; B", html);
    }

    [Fact]
    public void Een_link_midden_in_een_alinea_blijft_leesbaar_als_adres()
    {
        var bericht = new Bericht
        {
            Sleutel = "k", OntvangerNaam = "X", OntvangerAdres = "x@voorbeeld.example", Onderwerp = "O",
            Tekst = "Zie https://app.voorbeeld.example/ voor meer.", Link = "https://app.voorbeeld.example/",
        }.AlsRecord();

        Assert.Contains("<p style=\"margin:0 0 16px\">Zie <a href=\"https://app.voorbeeld.example/\" "
            + "style=\"color:#004699;text-decoration:underline\">https://app.voorbeeld.example/</a> voor meer.</p>",
            MailOpmaak.Html(bericht, "A"));
    }

    [Fact]
    public void De_message_id_volgt_uit_de_sleutel_en_is_bij_opnieuw_versturen_dezelfde()
    {
        var eerste = MailOpmaak.Maak(Voorbeeld(), Opties);
        var opnieuw = MailOpmaak.Maak(Voorbeeld(), Opties);
        var ander = MailOpmaak.Maak(Voorbeeld(sleutel: "taak:1:toegewezen:p2:Mail"), Opties);

        Assert.Equal(eerste.MessageId, opnieuw.MessageId);
        Assert.Equal(eerste.Date, opnieuw.Date);
        Assert.NotEqual(eerste.MessageId, ander.MessageId);
        Assert.Matches("^[0-9a-f]{32}@voorbeeld\\.example$", eerste.MessageId);
    }

    [Fact]
    public void De_sleutelkop_blijft_op_een_regel_ook_als_hij_lang_is()
    {
        // The durability tests' SMTP listener reads the key from one header line; MimeKit must not fold it.
        var sleutel = $"taak:{Guid.NewGuid():N}:delegatie:12:{Guid.NewGuid():N}:Mail";
        using var mail = MailOpmaak.Maak(Voorbeeld(sleutel), Opties);
        using var stroom = new MemoryStream();
        mail.WriteTo(stroom);

        var bron = System.Text.Encoding.UTF8.GetString(stroom.ToArray());
        Assert.True(bron.Contains($"X-IdCyclus-Sleutel: {sleutel}\n") || bron.Contains($"X-IdCyclus-Sleutel: {sleutel}\r\n"), bron[..600]);
        Assert.Contains("Content-Type: multipart/alternative", bron);
    }

    private static int Aantal(string tekst, string deel) => tekst.Split(deel).Length - 1;
}
