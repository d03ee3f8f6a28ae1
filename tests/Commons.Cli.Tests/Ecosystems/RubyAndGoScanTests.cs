namespace Commons.Cli.Tests.Ecosystems;

/// <summary>Ruby (Gemfile, gemspec, require, =begin comments) and Go (import blocks, raw strings).</summary>
public class RubyAndGoScanTests
{
    [Fact]
    public void Gemfile_and_gemspec_declarations_count_commented_gems_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("Gemfile", """
                source "https://rubygems.org"
                gem 'rails'
                # gem 'devise'
                gem "doorkeeper", "~> 5.6"
                """)
            .Write("outils.gemspec", """
                Gem::Specification.new do |s|
                  s.add_dependency "caxlsx"
                  s.add_development_dependency 'aws-sdk-s3'
                end
                """);

        Assert.Equal(
            new[] { "Gemfile(4,6) CN1001 warning", "outils.gemspec(2,21) CN1003 warning", "outils.gemspec(3,33) CN1005 warning" },
            repository.Findings());
    }

    [Fact]
    public void Ruby_require_and_literals_count_block_and_line_comments_and_require_relative_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("lib/carte.rb", """
                =begin
                https://api-adresse.data.gouv.fr/ in a block comment
                =end
                require 'net/smtp'
                require_relative 'net/smtp'
                URL = "https://api-adresse.data.gouv.fr/search" # https://api.mapbox.com/geocoding in a comment
                """);

        Assert.Equal(new[] { "lib/carte.rb(4,10) CN1004 warning", "lib/carte.rb(6,16) CN1007 warning" }, repository.Findings());
    }

    [Fact]
    public void A_rails_mailer_that_calls_mail_sends_mail_the_generated_base_class_and_a_preview_do_not()
    {
        using var repository = new ScratchRepository()
            .Write("app/mailers/application_mailer.rb", """
                class ApplicationMailer < ActionMailer::Base
                  default from: "ne-pas-repondre@example.gouv.fr"
                  layout "mailer"
                end
                """)
            .Write("app/mailers/rappel_mailer.rb", """
                class RappelMailer < ApplicationMailer
                  def convocation
                    @usager = params[:usager]
                    mail(to: @usager.email, subject: "Votre convocation")
                  end
                end
                """)
            .Write("app/mailers/bilan_mailer.rb", """
                class BilanMailer < ActionMailer::Base
                  def mensuel(agent)
                    mail to: agent.email, subject: "Bilan"
                  end
                end
                """)
            .Write("lib/apercus/rappel_mailer_preview.rb", """
                class RappelMailerPreview < ActionMailer::Preview
                  def convocation = RappelMailer.with(usager: Usager.first).convocation # mail(to: in a comment)
                  def email(usager) = usager.email
                end
                """);

        Assert.Equal(new[] { "app/mailers/bilan_mailer.rb(1,21) CN1004 warning", "app/mailers/rappel_mailer.rb(1,22) CN1004 warning" }, repository.Findings());
    }

    [Fact]
    public void Go_import_blocks_and_raw_strings()
    {
        using var repository = new ScratchRepository()
            .Write("main.go", """
                package main
                import (
                    "fmt"
                    "net/smtp"
                )
                // "https://api-adresse.data.gouv.fr/" in a comment
                var raw = `https://api-adresse.data.gouv.fr/search`
                """);

        Assert.Equal(new[] { "main.go(4,6) CN1004 warning", "main.go(7,20) CN1007 warning" }, repository.Findings());
    }
}
