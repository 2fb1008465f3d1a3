// Realistic values for the templates' PreviewProps, shared so that every preview tells the same story.
import type { EmailChoices, EmailEvent, EmailProgrammeItem } from "./types";

export const PREVIEW_NATIONAL_DAY: EmailEvent = {
  title: "Journée nationale",
  dateLabel: "samedi 26 juin 2027",
  timeLabel: "9 h 30 – 17 h",
  venue: "Assemblée nationale, salle Victor Hugo",
  address: "126 rue de l'Université",
  city: "Paris",
  host: null,
};

export const PREVIEW_REGIONAL_DAY: EmailEvent = {
  title: "Journée régionale de Rennes",
  dateLabel: "dimanche 12 septembre 2027",
  timeLabel: "9 h 30 – 17 h",
  venue: null,
  address: null,
  city: "Rennes",
  host: "Conseil régional Bretagne",
};

export const PREVIEW_PROGRAMME: EmailProgrammeItem[] = [
  { timeLabel: "9 h 30 – 10 h", kindLabel: "Ouverture", title: "Ouverture des travaux", speakers: [] },
  {
    timeLabel: "10 h – 10 h 45",
    kindLabel: "Intervention",
    title: "Intervention du Premier ministre ou de la ministre de la Réforme de l'État",
    speakers: [
      "Premier ministre (sous réserve)",
      "Marylise Lebranchu, ministre de la Réforme de l'État, de la Décentralisation et de la Fonction publique (sous réserve)",
    ],
  },
  {
    timeLabel: "10 h 45 – 12 h",
    kindLabel: "Table ronde",
    title: "Quelles articulations entre les échelons territoriaux pour permettre un changement d'échelle de l'ESS ?",
    speakers: [],
  },
  { timeLabel: "12 h – 12 h 30", kindLabel: "Échanges", title: "Échanges avec la salle", speakers: [] },
  { timeLabel: "12 h 30 – 14 h", kindLabel: "Déjeuner", title: "Déjeuner", speakers: [] },
  {
    timeLabel: "14 h 15 – 15 h 15",
    kindLabel: "Table ronde",
    title: "L'ESS, un acteur pour favoriser la relocalisation d'activités et la création d'emplois non délocalisables",
    speakers: [],
  },
  { timeLabel: "15 h 15 – 16 h 15", kindLabel: "Table ronde", title: "L'ESS pour des services aux populations", speakers: [] },
  {
    timeLabel: "16 h 30 – 17 h",
    kindLabel: "Clôture",
    title: "Clôture de la journée",
    speakers: ["Benoît Hamon, ministre délégué à l'économie sociale et solidaire (sous réserve)"],
  },
];

export const PREVIEW_CHOICES: EmailChoices = {
  lunch: true,
  dietaryNeeds: "Végétarien",
  accessibilityNeeds: "",
};

export const PREVIEW_FIRST_NAME = "Awa";

export const PREVIEW_MANAGE_URL = "https://rencontres-ess.example/inscription/gerer/exemple-de-lien-personnel";

export const PREVIEW_REGISTER_URL = "https://rencontres-ess.example/inscription";

export const PREVIEW_TICKET_CODE = "7KQ4-XM2P";

/** QRCode.toDataURL(PREVIEW_TICKET_CODE, { margin: 2, width: 180 }), pasted: PreviewProps are static. */
export const PREVIEW_QR_CODE_SRC =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAALQAAAC0CAYAAAA9zQYyAAAAAklEQVR4AewaftIAAAaBSURBVO3BQZJbu5bAQICh/W8Z7aGCEzGuVf7VfCfT/mCMSyzGuMhijIssxrjIYoyLLMa4yGKMiyzGuMhijIssxrjIi0Mqv0HFTmVXsVPZVXyicqJip7KrOKHyScVOZVfxlMpvUPHJYoyLLMa4yGKMiyzGuMiLv1Dxk1ROVOxUdhU7lW9R2VWcUNlVPFGxU9lVPFXxk1SeWIxxkcUYF1mMcZHFGBd58WUqT1X8RhU7ladUvkVlV/GvqTxV8S2LMS6yGOMiizEushjjIi8uoPJUxU7lk4qdyk7lRMW3qPxXLca4yGKMiyzGuMhijIu8+A9ROVHxRMVOZVdxQmVX8UTFf8FijIssxrjIYoyLLMa4yIsvq/itKp5Q2VXsVHYVT1XsVN5VnFA5UfFExW+wGOMiizEushjjIi/+gspvVbFT2VXsVN5V7FR2FTuVXcVOZVfxhMquYqfylMpvtBjjIosxLrIY4yKLMS7y4lDFjVQ+UXmq4imV36Di/4vFGBdZjHGRxRgXWYxxkReHVHYVT6nsKt6p/LSKncq7ip3KTmVXsVM5UbFTeULlhMpPqjihsqv4ZDHGRRZjXGQxxkUWY1zE/uCHqTxRcULlRMVOZVfxico3VTyh8lTFt6jsKk6onKj4ZDHGRRZjXGQxxkUWY1zkxZepPFXxTuVExVMVn6icqHhK5YmKn6ayq/hE5V9bjHGRxRgXWYxxkcUYF7E/eEjlqYqfpHKi4hOVXcVO5UTFUyrvKnYqJyp+ksquYqeyq3hiMcZFFmNcZDHGRRZjXOTFX6g4oXJC5ZOKncqu4l+r2Kk8pbKreKJip7KrOKHyruKEyq5ip7Kr+GQxxkUWY1xkMcZFXvwFlRMVO5VPKn6Dip3KrmJXcULlhMq7il3FUyq7ik9UfoPFGBdZjHGRxRgXWYxxkRf/IxWfqDylsqs4ofJJxU5lV7FTOVGxU3mn8lTFTuVExTuVXcUJlW9ZjHGRxRgXWYxxkcUYF7E/OKDyTRU7lXcV36TyG1TsVHYVT6icqHhK5V3FTmVX8ZMWY1xkMcZFFmNcZDHGRewPHlI5UbFT+ZaKncq/VvFNKruKT1SeqvgWlV3FT1qMcZHFGBdZjHGRxRgXsT84oLKr2KnsKk6ovKs4obKr2Kk8UXFC5UTFTuWJihMqu4qdyomKdyq7ip3KiYonFmNcZDHGRRZjXGQxxkXsD/4HVJ6o2KmcqNip7CreqTxVsVPZVexUvqVip7KreELlRMVO5UTFJ4sxLrIY4yKLMS6yGOMi9gcPqZyo+BaVXcVO5UTFt6h8U8VO5ZOKncquYqeyq/hE5UTFT1qMcZHFGBdZjHGRxRgXsT84oLKr2Kn8pIqnVE5UvFPZVexUdhUnVJ6oOKFyomKn8htUfLIY4yKLMS6yGOMiL/6CyjdVfKKyq3iq4gmVXcVOZVexq9ip7Co+UTlRsVM5UfGEyk9ajHGRxRgXWYxxkcUYF3lxqOKEyq5ip/KJygmVExVPVOxUnlLZVTyh8pTKruIJlV3FrmKnsqt4YjHGRRZjXGQxxkUWY1zE/uCLVJ6q+ETlmyqeUNlVPKXyRMVO5UTFTmVXsVN5V7FT+aaKTxZjXGQxxkUWY1xkMcZFXhxSOVHxLSonKp5S2VV8UrFT+aaKncoTFTuVEyqfqJyo2Kl8y2KMiyzGuMhijIssxrjIi0MV/1rFCZVdxYmKn1SxU9lV7FR2Fe9UdhVPVTyhckLlJy3GuMhijIssxrjIYoyLvDik8htUfJPKExW7ip3KrmKn8kTFCZWnVHYVn1ScUNlVPLEY4yKLMS6yGOMiizEu8uIvVPwklRMV/5rKiYoTFd+isqvYqZyo+BaVn7QY4yKLMS6yGOMiL75M5amKJ1R2FTuVExXvVE5U7FR2FSdUdhVPqJxQ+RaVExXfshjjIosxLrIY4yKLMS7y4gIVT1XsVN5VPFVxQuWEyruKXcUJlRMVO5V3FTuVEyonKj5ZjHGRxRgXWYxxkcUYF3kxvkZlV7FT2VWcUHmncqLiRMVO5VsqftJijIssxrjIYoyLLMa4yIsvq/itKk5UvFN5SmVXsVPZVewqPlE5UfEtKruKncquYqeyq/hkMcZFFmNcZDHGRRZjXOTFX1D5DVSeqvik4imVp1Q+qTihsqt4quJbVL5lMcZFFmNcZDHGRRZjXMT+YIxLLMa4yGKMiyzGuMhijIssxrjIYoyLLMa4yGKMi/wfsoQDg3oaXrkAAAAASUVORK5CYII=";
