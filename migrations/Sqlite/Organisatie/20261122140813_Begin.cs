using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Organisatie
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organisatie_auditregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoorPersoonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DoorNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RoltoewijzingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Handeling = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Voor = table.Column<string>(type: "TEXT", nullable: true),
                    Na = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_auditregels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_bronopmerkingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_bronopmerkingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_clusters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Afkorting = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_clusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_personen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_personen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_kokers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClusterId = table.Column<string>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_kokers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisatie_kokers_organisatie_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "organisatie_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_directies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Afkorting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClusterId = table.Column<string>(type: "TEXT", nullable: false),
                    KokerId = table.Column<string>(type: "TEXT", nullable: true),
                    ActiefVanaf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActiefTot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpgegaanInId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VorigeNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_directies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisatie_directies_organisatie_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "organisatie_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organisatie_directies_organisatie_directies_OpgegaanInId",
                        column: x => x.OpgegaanInId,
                        principalTable: "organisatie_directies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organisatie_directies_organisatie_kokers_KokerId",
                        column: x => x.KokerId,
                        principalTable: "organisatie_kokers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisatie_roltoewijzingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersoonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectieId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClusterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Van = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UrenPerWeek = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisatie_roltoewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisatie_roltoewijzingen_organisatie_clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "organisatie_clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organisatie_roltoewijzingen_organisatie_directies_DirectieId",
                        column: x => x.DirectieId,
                        principalTable: "organisatie_directies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organisatie_roltoewijzingen_organisatie_personen_PersoonId",
                        column: x => x.PersoonId,
                        principalTable: "organisatie_personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_auditregels_DirectieId",
                table: "organisatie_auditregels",
                column: "DirectieId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_directies_Afkorting",
                table: "organisatie_directies",
                column: "Afkorting",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_directies_ClusterId",
                table: "organisatie_directies",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_directies_KokerId",
                table: "organisatie_directies",
                column: "KokerId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_directies_OpgegaanInId",
                table: "organisatie_directies",
                column: "OpgegaanInId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_kokers_ClusterId",
                table: "organisatie_kokers",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_personen_Email",
                table: "organisatie_personen",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_roltoewijzingen_ClusterId",
                table: "organisatie_roltoewijzingen",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_roltoewijzingen_DirectieId_Rol",
                table: "organisatie_roltoewijzingen",
                columns: new[] { "DirectieId", "Rol" });

            migrationBuilder.CreateIndex(
                name: "IX_organisatie_roltoewijzingen_PersoonId_Rol",
                table: "organisatie_roltoewijzingen",
                columns: new[] { "PersoonId", "Rol" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organisatie_auditregels");

            migrationBuilder.DropTable(
                name: "organisatie_bronopmerkingen");

            migrationBuilder.DropTable(
                name: "organisatie_roltoewijzingen");

            migrationBuilder.DropTable(
                name: "organisatie_directies");

            migrationBuilder.DropTable(
                name: "organisatie_personen");

            migrationBuilder.DropTable(
                name: "organisatie_kokers");

            migrationBuilder.DropTable(
                name: "organisatie_clusters");
        }
    }
}
