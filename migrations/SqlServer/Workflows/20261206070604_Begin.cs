using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Workflows
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sleutel = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Kanaal = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    OntvangerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OntvangerNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OntvangerAdres = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Onderwerp = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Link = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    InstantieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TaakId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Pogingen = table.Column<int>(type: "int", nullable: false),
                    VolgendePogingUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LaatsteFout = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VerzondenOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Gelezen = table.Column<bool>(type: "bit", nullable: false)
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
                    DefinitieId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GepubliceerdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    InstantieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaakId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StapId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DefinitieId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DefinitieVersie = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VoltooidOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OuderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OuderStapId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ItemSleutel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ItemOmschrijving = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ItemBereik = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UniekeSleutel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sleutel = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Pogingen = table.Column<int>(type: "int", nullable: false),
                    LaatsteFout = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sleutel = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    InstantieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaakId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StapId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Niveau = table.Column<int>(type: "int", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UitgevoerdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    InstantieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StapId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Toestand = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GestartOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VoltooidOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InstantieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StapId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Rol = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Bereik = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BereikOmschrijving = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Formulier = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ToegewezenAan = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kandidaten = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OpvolgdatumUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EscalatieNiveau = table.Column<int>(type: "int", nullable: false),
                    Uitkomst = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    FormulierJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    VoltooidDoor = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VoltooidOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaakId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DoorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                name: "IX_instanties_UniekeSleutel",
                schema: "workflows",
                table: "instanties",
                column: "UniekeSleutel",
                unique: true,
                filter: "[UniekeSleutel] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_timers_TaakId",
                schema: "workflows",
                table: "timers",
                column: "TaakId");
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
