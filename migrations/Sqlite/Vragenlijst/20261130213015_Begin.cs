using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Vragenlijst
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vragenlijst_gebeurtenissen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_gebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vragenlijst_inbox",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "vragenlijst_revisies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revisie = table.Column<int>(type: "INTEGER", nullable: false),
                    AntwoordenJson = table.Column<string>(type: "TEXT", nullable: false),
                    Observatie = table.Column<string>(type: "TEXT", nullable: true),
                    Reden = table.Column<string>(type: "TEXT", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_revisies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vragenlijst_versies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Meetperiode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VorigeVersieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InhoudJson = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GepubliceerdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_versies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vragenlijst_interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    VragenlijstversieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieAfkorting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Accounthouders = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Respondent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Respondenttype = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GeplandOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DuurMinuten = table.Column<int>(type: "INTEGER", nullable: true),
                    Locatie = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AntwoordenJson = table.Column<string>(type: "TEXT", nullable: false),
                    Observatie = table.Column<string>(type: "TEXT", nullable: true),
                    Revisie = table.Column<int>(type: "INTEGER", nullable: false),
                    Geimporteerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    IngediendOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DefinitiefOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BevestigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DoorBureauVastgesteld = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bevestigingsopmerking = table.Column<string>(type: "TEXT", nullable: true),
                    GewijzigdOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vragenlijst_interviews_vragenlijst_versies_VragenlijstversieId",
                        column: x => x.VragenlijstversieId,
                        principalTable: "vragenlijst_versies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_gebeurtenissen_InterviewId",
                table: "vragenlijst_gebeurtenissen",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_interviews_Jaar_DirectieId",
                table: "vragenlijst_interviews",
                columns: new[] { "Jaar", "DirectieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_interviews_VragenlijstversieId",
                table: "vragenlijst_interviews",
                column: "VragenlijstversieId");

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_revisies_InterviewId_Revisie",
                table: "vragenlijst_revisies",
                columns: new[] { "InterviewId", "Revisie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_versies_Jaar",
                table: "vragenlijst_versies",
                column: "Jaar",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vragenlijst_gebeurtenissen");

            migrationBuilder.DropTable(
                name: "vragenlijst_inbox");

            migrationBuilder.DropTable(
                name: "vragenlijst_interviews");

            migrationBuilder.DropTable(
                name: "vragenlijst_revisies");

            migrationBuilder.DropTable(
                name: "vragenlijst_versies");
        }
    }
}
