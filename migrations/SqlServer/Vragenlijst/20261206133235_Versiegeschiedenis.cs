using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Vragenlijst
{
    /// <inheritdoc />
    public partial class Versiegeschiedenis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "versiegeschiedenis",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VersieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Door = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Wat = table.Column<string>(type: "nvarchar(1200)", maxLength: 1200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versiegeschiedenis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_versiegeschiedenis_versies_VersieId",
                        column: x => x.VersieId,
                        principalSchema: "vragenlijst",
                        principalTable: "versies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_versiegeschiedenis_VersieId",
                schema: "vragenlijst",
                table: "versiegeschiedenis",
                column: "VersieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "versiegeschiedenis",
                schema: "vragenlijst");
        }
    }
}
