using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuideEvidenceAndContentVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Citations",
                table: "GuideStrategies",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceLevel",
                table: "GuideStrategies",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContentVersion",
                table: "Guides",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "HasFinder",
                table: "Guides",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HowWritten",
                table: "Guides",
                type: "TEXT",
                maxLength: 8000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsFeatured",
                table: "Guides",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastReviewed",
                table: "Guides",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "GuideReferences",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Citations",
                table: "GuideStrategies");

            migrationBuilder.DropColumn(
                name: "EvidenceLevel",
                table: "GuideStrategies");

            migrationBuilder.DropColumn(
                name: "ContentVersion",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "HasFinder",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "HowWritten",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "IsFeatured",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "LastReviewed",
                table: "Guides");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "GuideReferences");
        }
    }
}
