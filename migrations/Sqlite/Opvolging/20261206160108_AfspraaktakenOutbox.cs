using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Opvolging
{
    /// <inheritdoc />
    public partial class AfspraaktakenOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opvolging_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    AangemaaktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerwerktOpUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    LaatsteFout = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opvolging_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opvolging_outbox_Sleutel",
                table: "opvolging_outbox",
                column: "Sleutel");

            migrationBuilder.CreateIndex(
                name: "IX_opvolging_outbox_VerwerktOpUtc_AangemaaktOpUtc",
                table: "opvolging_outbox",
                columns: new[] { "VerwerktOpUtc", "AangemaaktOpUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opvolging_outbox");
        }
    }
}
