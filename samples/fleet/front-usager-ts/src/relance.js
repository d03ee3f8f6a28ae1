const nodemailer = require("nodemailer");

const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });

module.exports = async function relancer(usager) {
  await transport.sendMail({ to: usager.courriel, subject: "Votre simulation", text: "Reprenez votre simulation." });
};
