using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Workflows
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflows_berichten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kanaal = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OntvangerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OntvangerNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OntvangerAdres = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InstantieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaakId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    VolgendePogingUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LaatsteFout = table.Column<string>(type: "TEXT", nullable: true),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerzondenOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Gelezen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_berichten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_definities",
                columns: table => new
                {
                    DefinitieId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GepubliceerdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_definities", x => new { x.DefinitieId, x.Versie });
                });

            migrationBuilder.CreateTable(
                name: "workflows_gebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstantieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaakId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StapId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_gebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_instanties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitieId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitieVersie = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VoltooidOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OuderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OuderStapId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ItemSleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ItemOmschrijving = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ItemBereik = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_instanties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    LaatsteFout = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InstantieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaakId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StapId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Niveau = table.Column<int>(type: "INTEGER", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UitgevoerdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "workflows_stappen",
                columns: table => new
                {
                    InstantieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StapId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Toestand = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoltooidOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_stappen", x => new { x.InstantieId, x.StapId });
                    table.ForeignKey(
                        name: "FK_workflows_stappen_workflows_instanties_InstantieId",
                        column: x => x.InstantieId,
                        principalTable: "workflows_instanties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflows_taken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstantieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StapId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: true),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Bereik = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BereikOmschrijving = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Formulier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ToegewezenAan = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kandidaten = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OpvolgdatumUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatieNiveau = table.Column<int>(type: "INTEGER", nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FormulierJson = table.Column<string>(type: "TEXT", nullable: true),
                    VoltooidDoor = table.Column<Guid>(type: "TEXT", nullable: true),
                    VoltooidOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_taken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workflows_taken_workflows_instanties_InstantieId",
                        column: x => x.InstantieId,
                        principalTable: "workflows_instanties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflows_taakopmerkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DoorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DoorNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflows_taakopmerkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workflows_taakopmerkingen_workflows_taken_TaakId",
                        column: x => x.TaakId,
                        principalTable: "workflows_taken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_berichten_OntvangerId",
                table: "workflows_berichten",
                column: "OntvangerId");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_berichten_Sleutel",
                table: "workflows_berichten",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_berichten_Status_VolgendePogingUtc",
                table: "workflows_berichten",
                columns: new[] { "Status", "VolgendePogingUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_gebeurtenissen_InstantieId",
                table: "workflows_gebeurtenissen",
                column: "InstantieId");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instanties_DefinitieId_Status",
                table: "workflows_instanties",
                columns: new[] { "DefinitieId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_instanties_OuderId",
                table: "workflows_instanties",
                column: "OuderId");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_outbox_Sleutel",
                table: "workflows_outbox",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_outbox_VerwerktOpUtc",
                table: "workflows_outbox",
                column: "VerwerktOpUtc");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_taakopmerkingen_TaakId",
                table: "workflows_taakopmerkingen",
                column: "TaakId");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_taken_InstantieId",
                table: "workflows_taken",
                column: "InstantieId");

            migrationBuilder.CreateIndex(
                name: "IX_workflows_taken_Status_DeadlineUtc",
                table: "workflows_taken",
                columns: new[] { "Status", "DeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_workflows_timers_Sleutel",
                table: "workflows_timers",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflows_timers_Status_MomentUtc",
                table: "workflows_timers",
                columns: new[] { "Status", "MomentUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflows_berichten");

            migrationBuilder.DropTable(
                name: "workflows_definities");

            migrationBuilder.DropTable(
                name: "workflows_gebeurtenissen");

            migrationBuilder.DropTable(
                name: "workflows_outbox");

            migrationBuilder.DropTable(
                name: "workflows_stappen");

            migrationBuilder.DropTable(
                name: "workflows_taakopmerkingen");

            migrationBuilder.DropTable(
                name: "workflows_timers");

            migrationBuilder.DropTable(
                name: "workflows_taken");

            migrationBuilder.DropTable(
                name: "workflows_instanties");
        }
    }
}
