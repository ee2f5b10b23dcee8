using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Organisatie
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "organisatie");

            migrationBuilder.CreateTable(
                name: "auditregels",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoorPersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DoorNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DirectieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RoltoewijzingId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Handeling = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Voor = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Na = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auditregels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bronopmerkingen",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DirectieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Tekst = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bronopmerkingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Afkorting = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox",
                schema: "organisatie",
                columns: table => new
                {
                    Sleutel = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox", x => x.Sleutel);
                });

            migrationBuilder.CreateTable(
                name: "personen",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kokers",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kokers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kokers_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalSchema: "organisatie",
                        principalTable: "clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directies",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Afkorting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", nullable: false),
                    KokerId = table.Column<string>(type: "nvarchar(64)", nullable: true),
                    ActiefVanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    ActiefTot = table.Column<DateOnly>(type: "date", nullable: true),
                    OpgegaanInId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    VorigeNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_directies_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalSchema: "organisatie",
                        principalTable: "clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_directies_directies_OpgegaanInId",
                        column: x => x.OpgegaanInId,
                        principalSchema: "organisatie",
                        principalTable: "directies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_directies_kokers_KokerId",
                        column: x => x.KokerId,
                        principalSchema: "organisatie",
                        principalTable: "kokers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roltoewijzingen",
                schema: "organisatie",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rol = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectieId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClusterId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Van = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    UrenPerWeek = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roltoewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roltoewijzingen_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalSchema: "organisatie",
                        principalTable: "clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roltoewijzingen_directies_DirectieId",
                        column: x => x.DirectieId,
                        principalSchema: "organisatie",
                        principalTable: "directies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roltoewijzingen_personen_PersoonId",
                        column: x => x.PersoonId,
                        principalSchema: "organisatie",
                        principalTable: "personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_auditregels_DirectieId",
                schema: "organisatie",
                table: "auditregels",
                column: "DirectieId");

            migrationBuilder.CreateIndex(
                name: "IX_directies_Afkorting",
                schema: "organisatie",
                table: "directies",
                column: "Afkorting",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directies_ClusterId",
                schema: "organisatie",
                table: "directies",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_directies_KokerId",
                schema: "organisatie",
                table: "directies",
                column: "KokerId");

            migrationBuilder.CreateIndex(
                name: "IX_directies_OpgegaanInId",
                schema: "organisatie",
                table: "directies",
                column: "OpgegaanInId");

            migrationBuilder.CreateIndex(
                name: "IX_kokers_ClusterId",
                schema: "organisatie",
                table: "kokers",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_personen_Email",
                schema: "organisatie",
                table: "personen",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roltoewijzingen_ClusterId",
                schema: "organisatie",
                table: "roltoewijzingen",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_roltoewijzingen_DirectieId_Rol",
                schema: "organisatie",
                table: "roltoewijzingen",
                columns: new[] { "DirectieId", "Rol" });

            migrationBuilder.CreateIndex(
                name: "IX_roltoewijzingen_PersoonId_Rol",
                schema: "organisatie",
                table: "roltoewijzingen",
                columns: new[] { "PersoonId", "Rol" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "auditregels",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "bronopmerkingen",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "inbox",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "roltoewijzingen",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "directies",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "personen",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "kokers",
                schema: "organisatie");

            migrationBuilder.DropTable(
                name: "clusters",
                schema: "organisatie");
        }
    }
}
