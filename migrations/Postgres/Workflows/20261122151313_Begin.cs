using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Workflows
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflows");

            migrationBuilder.CreateTable(
                name: "berichten",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Kanaal = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OntvangerId = table.Column<Guid>(type: "uuid", nullable: true),
                    OntvangerNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OntvangerAdres = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    InstantieId = table.Column<Guid>(type: "uuid", nullable: true),
                    TaakId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    VolgendePogingUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LaatsteFout = table.Column<string>(type: "text", nullable: true),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerzondenOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Gelezen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_berichten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "definities",
                schema: "workflows",
                columns: table => new
                {
                    DefinitieId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GepubliceerdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definities", x => new { x.DefinitieId, x.Versie });
                });

            migrationBuilder.CreateTable(
                name: "gebeurtenissen",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstantieId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaakId = table.Column<Guid>(type: "uuid", nullable: true),
                    StapId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MomentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Omschrijving = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instanties",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitieId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitieVersie = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VoltooidOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OuderId = table.Column<Guid>(type: "uuid", nullable: true),
                    OuderStapId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ItemSleutel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ItemOmschrijving = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ItemBereik = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instanties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    LaatsteFout = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "timers",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InstantieId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaakId = table.Column<Guid>(type: "uuid", nullable: true),
                    StapId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Niveau = table.Column<int>(type: "integer", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UitgevoerdOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stappen",
                schema: "workflows",
                columns: table => new
                {
                    InstantieId = table.Column<Guid>(type: "uuid", nullable: false),
                    StapId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Toestand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VoltooidOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stappen", x => new { x.InstantieId, x.StapId });
                    table.ForeignKey(
                        name: "FK_stappen_instanties_InstantieId",
                        column: x => x.InstantieId,
                        principalSchema: "workflows",
                        principalTable: "instanties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "taken",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstantieId = table.Column<Guid>(type: "uuid", nullable: false),
                    StapId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "text", nullable: true),
                    Rol = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Bereik = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BereikOmschrijving = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Formulier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ToegewezenAan = table.Column<Guid>(type: "uuid", nullable: true),
                    Kandidaten = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OpvolgdatumUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalatieNiveau = table.Column<int>(type: "integer", nullable: false),
                    Uitkomst = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FormulierJson = table.Column<string>(type: "text", nullable: true),
                    VoltooidDoor = table.Column<Guid>(type: "uuid", nullable: true),
                    VoltooidOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_taken_instanties_InstantieId",
                        column: x => x.InstantieId,
                        principalSchema: "workflows",
                        principalTable: "instanties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "taakopmerkingen",
                schema: "workflows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaakId = table.Column<Guid>(type: "uuid", nullable: false),
                    DoorId = table.Column<Guid>(type: "uuid", nullable: true),
                    DoorNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_taakopmerkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_taakopmerkingen_taken_TaakId",
                        column: x => x.TaakId,
                        principalSchema: "workflows",
                        principalTable: "taken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_berichten_OntvangerId",
                schema: "workflows",
                table: "berichten",
                column: "OntvangerId");

            migrationBuilder.CreateIndex(
                name: "IX_berichten_Sleutel",
                schema: "workflows",
                table: "berichten",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_berichten_Status_VolgendePogingUtc",
                schema: "workflows",
                table: "berichten",
                columns: new[] { "Status", "VolgendePogingUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_gebeurtenissen_InstantieId",
                schema: "workflows",
                table: "gebeurtenissen",
                column: "InstantieId");

            migrationBuilder.CreateIndex(
                name: "IX_instanties_DefinitieId_Status",
                schema: "workflows",
                table: "instanties",
                columns: new[] { "DefinitieId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_instanties_OuderId",
                schema: "workflows",
                table: "instanties",
                column: "OuderId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_Sleutel",
                schema: "workflows",
                table: "outbox",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_VerwerktOpUtc",
                schema: "workflows",
                table: "outbox",
                column: "VerwerktOpUtc");

            migrationBuilder.CreateIndex(
                name: "IX_taakopmerkingen_TaakId",
                schema: "workflows",
                table: "taakopmerkingen",
                column: "TaakId");

            migrationBuilder.CreateIndex(
                name: "IX_taken_InstantieId",
                schema: "workflows",
                table: "taken",
                column: "InstantieId");

            migrationBuilder.CreateIndex(
                name: "IX_taken_Status_DeadlineUtc",
                schema: "workflows",
                table: "taken",
                columns: new[] { "Status", "DeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_timers_Sleutel",
                schema: "workflows",
                table: "timers",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_timers_Status_MomentUtc",
                schema: "workflows",
                table: "timers",
                columns: new[] { "Status", "MomentUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "berichten",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "definities",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "gebeurtenissen",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "stappen",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "taakopmerkingen",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "timers",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "taken",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "instanties",
                schema: "workflows");
        }
    }
}
