using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Vragenlijst
{
    /// <inheritdoc />
    public partial class Versiegeschiedenis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vragenlijst_versiegeschiedenis",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Wat = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vragenlijst_versiegeschiedenis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vragenlijst_versiegeschiedenis_vragenlijst_versies_VersieId",
                        column: x => x.VersieId,
                        principalTable: "vragenlijst_versies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vragenlijst_versiegeschiedenis_VersieId",
                table: "vragenlijst_versiegeschiedenis",
                column: "VersieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vragenlijst_versiegeschiedenis");
        }
    }
}
