using IdCyclus.Shared.Integratie;
using IdCyclus.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IdCyclus.Modules.Vragenlijst.Persistence;

internal sealed class VragenlijstDbContext(DbContextOptions<VragenlijstDbContext> options) : DbContext(options)
{
    public const string Schema = "vragenlijst";

    public DbSet<Vragenlijstversie> Versies => Set<Vragenlijstversie>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<InterviewGebeurtenis> Gebeurtenissen => Set<InterviewGebeurtenis>();

    public DbSet<InterviewRevisie> Revisies => Set<InterviewRevisie>();

    public DbSet<OntbrekendInterview> OntbrekendeInterviews => Set<OntbrekendInterview>();

    public DbSet<Versiegeschiedenis> Versiegeschiedenis => Set<Versiegeschiedenis>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.GebruikUtcDatums();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Vragenlijstversie>(versie =>
        {
            versie.ToTable("versies");
            versie.Property(v => v.Naam).HasMaxLength(200);
            versie.Property(v => v.Meetperiode).HasMaxLength(200);
            versie.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            versie.Property(v => v.GepubliceerdDoor).HasMaxLength(200);
            versie.Property(v => v.Versie).IsConcurrencyToken();
            versie.HasIndex(v => v.Jaar).IsUnique();
            versie.Ignore(v => v.Inhoud);
        });

        modelBuilder.Entity<Interview>(interview =>
        {
            interview.ToTable("interviews");
            interview.HasIndex(i => new { i.Jaar, i.DirectieId }).IsUnique();
            interview.HasOne<Vragenlijstversie>().WithMany().HasForeignKey(i => i.VragenlijstversieId).OnDelete(DeleteBehavior.Restrict);
            interview.Property(i => i.DirectieAfkorting).HasMaxLength(40);
            interview.Property(i => i.ClusterId).HasMaxLength(64);
            interview.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            interview.Property(i => i.Respondenttype).HasConversion<string>().HasMaxLength(40);
            interview.Property(i => i.Accounthouders).HasMaxLength(400);
            interview.Property(i => i.Respondent).HasMaxLength(200);
            interview.Property(i => i.Locatie).HasMaxLength(200);
            interview.Property(i => i.BevestigdDoor).HasMaxLength(200);
            interview.Property(i => i.GewijzigdDoor).HasMaxLength(200);
            interview.Property(i => i.Versie).IsConcurrencyToken();
            interview.Ignore(i => i.Antwoorden);
        });

        modelBuilder.Entity<InterviewGebeurtenis>(gebeurtenis =>
        {
            gebeurtenis.ToTable("gebeurtenissen");
            gebeurtenis.HasIndex(g => g.InterviewId);
            gebeurtenis.Property(g => g.Door).HasMaxLength(200);
            gebeurtenis.Property(g => g.Soort).HasMaxLength(40);
        });

        modelBuilder.Entity<InterviewRevisie>(revisie =>
        {
            revisie.ToTable("revisies");
            revisie.HasIndex(r => new { r.InterviewId, r.Revisie }).IsUnique();
            revisie.Property(r => r.Door).HasMaxLength(200);
        });

        modelBuilder.Entity<OntbrekendInterview>(ontbrekend =>
        {
            ontbrekend.ToTable("ontbrekende_interviews");
            ontbrekend.HasIndex(o => new { o.Jaar, o.DirectieId }).IsUnique();
            ontbrekend.Property(o => o.DirectieAfkorting).HasMaxLength(40);
            ontbrekend.Property(o => o.Reden).HasMaxLength(500);
            ontbrekend.Property(o => o.VastgelegdDoor).HasMaxLength(200);
        });

        modelBuilder.Entity<Versiegeschiedenis>(regel =>
        {
            regel.ToTable("versiegeschiedenis");
            regel.HasIndex(r => r.VersieId);
            regel.HasOne<Vragenlijstversie>().WithMany().HasForeignKey(r => r.VersieId).OnDelete(DeleteBehavior.Cascade);
            regel.Property(r => r.Door).HasMaxLength(200);
            regel.Property(r => r.Wat).HasMaxLength(1200);
        });

        modelBuilder.AddBerichtentabellen(outbox: false);

        modelBuilder.UseModuleSchema(Schema, Database.IsSqlite());
    }
}
