using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Vragenlijst
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "vragenlijst");

            migrationBuilder.CreateTable(
                name: "gebeurtenissen",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    InterviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "vragenlijst",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "revisies",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revisie = table.Column<int>(type: "int", nullable: false),
                    AntwoordenJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Observatie = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Reden = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revisies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "versies",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Meetperiode = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VorigeVersieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    InhoudJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GepubliceerdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    GepubliceerdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interviews",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    VragenlijstversieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectieAfkorting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Accounthouders = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Respondent = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Respondenttype = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    GeplandOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DuurMinuten = table.Column<int>(type: "int", nullable: true),
                    Locatie = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AntwoordenJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Observatie = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Revisie = table.Column<int>(type: "int", nullable: false),
                    Geimporteerd = table.Column<bool>(type: "bit", nullable: false),
                    IngediendOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DefinitiefOpUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BevestigdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DoorBureauVastgesteld = table.Column<bool>(type: "bit", nullable: false),
                    Bevestigingsopmerking = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    GewijzigdOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GewijzigdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_interviews_versies_VragenlijstversieId",
                        column: x => x.VragenlijstversieId,
                        principalSchema: "vragenlijst",
                        principalTable: "versies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gebeurtenissen_InterviewId",
                schema: "vragenlijst",
                table: "gebeurtenissen",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_interviews_Jaar_DirectieId",
                schema: "vragenlijst",
                table: "interviews",
                columns: new[] { "Jaar", "DirectieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interviews_VragenlijstversieId",
                schema: "vragenlijst",
                table: "interviews",
                column: "VragenlijstversieId");

            migrationBuilder.CreateIndex(
                name: "IX_revisies_InterviewId_Revisie",
                schema: "vragenlijst",
                table: "revisies",
                columns: new[] { "InterviewId", "Revisie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_versies_Jaar",
                schema: "vragenlijst",
                table: "versies",
                column: "Jaar",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gebeurtenissen",
                schema: "vragenlijst");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "vragenlijst");

            migrationBuilder.DropTable(
                name: "interviews",
                schema: "vragenlijst");

            migrationBuilder.DropTable(
                name: "revisies",
                schema: "vragenlijst");

            migrationBuilder.DropTable(
                name: "versies",
                schema: "vragenlijst");
        }
    }
}
