using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Sqlite.Workflows
{
    /// <inheritdoc />
    public partial class MailBijlage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BijlageInhoud",
                table: "workflows_berichten",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BijlageNaam",
                table: "workflows_berichten",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BijlageType",
                table: "workflows_berichten",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BijlageInhoud",
                table: "workflows_berichten");

            migrationBuilder.DropColumn(
                name: "BijlageNaam",
                table: "workflows_berichten");

            migrationBuilder.DropColumn(
                name: "BijlageType",
                table: "workflows_berichten");
        }
    }
}
